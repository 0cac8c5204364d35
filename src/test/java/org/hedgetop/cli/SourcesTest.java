package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.ExitRule;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Holding;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.book.Settings;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.replay.ReplayFormatException;
import org.hedgetop.market.sim.SimulatedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    static Book book(Optional<Path> file, FeedSpec feed) {
        Holding sol = new Holding("SOL", 1000, Optional.of("Layer-1"), OptionalDouble.empty(), "SOLUSDT", SourcePos.NONE);
        Hedge expiry = new Hedge("sol-dec", List.of("SOL"), "SOLUSDT_261225", "SOL", HedgeType.EXPIRY,
                Optional.of(LocalDate.of(2026, 12, 25)), 5, 100, Ratio.BETA, -100, OptionalDouble.empty(),
                Optional.of(Instant.parse("2026-11-01T00:00:00Z")), OptionalDouble.empty(), ExitRule.NONE, SourcePos.NONE);
        return new Book(file, "t", "USDT", feed, List.of(sol), List.of(expiry), Settings.DEFAULT);
    }

    @Test
    void simulatedUsesTheSeedAndPollSeconds() {
        FeedSpec feed = new FeedSpec("simulated", 10, Interval.D1, 30, Optional.empty(), 42, Optional.empty(),
                Optional.empty());
        MarketSource src = Sources.open(book(Optional.empty(), feed), "simulated");
        assertThat(src).isInstanceOf(SimulatedSource.class);
        assertThat(((SimulatedSource) src).seed()).isEqualTo(42);
        assertThat(((SimulatedSource) src).tickAt(Instant.parse("2026-11-20T10:00:19Z")))
                .isEqualTo(Instant.parse("2026-11-20T10:00:10Z"));
        assertThat(src.name()).isEqualTo("simulated");
    }

    @Test
    void requestCarriesTheExpiryDate() {
        MarketRequest r = MarketRequest.of(book(Optional.empty(), FeedSpec.DEFAULT));
        assertThat(r.instruments().get(0).expiry()).contains(LocalDate.of(2026, 12, 25));
        assertThat(r.spotSymbols()).containsKeys("SOL", "BTC", "ETH");
    }

    @Test
    void replayReadsTheFileRelativeToTheBook(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("h.csv"), "time,symbol,kind,value\n2022-05-01T00:00:00Z,SOL,spot,98.1\n");
        // the loader resolves feed.file against the book's folder, once; the source factory takes it as given
        Path book = dir.resolve("book.yaml");
        Files.writeString(book, "feed: {source: replay, file: h.csv}\nholdings:\n  - {token: SOL, units: 1}\n");
        MarketSource src = Sources.open(BookLoader.load(book), "REPLAY");
        assertThat(src.name()).isEqualTo("replay");
        assertThat(src.defaultReportTime()).contains(Instant.parse("2022-05-01T00:00:00Z"));
    }

    @Test
    void replayWithoutAFileSaysWhatIsMissing(@TempDir Path dir) {
        Book b = book(Optional.of(dir.resolve("book.yaml")), FeedSpec.DEFAULT.withSource("replay"));
        assertThatThrownBy(() -> Sources.open(b, "replay")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the replay source needs a history file: set feed.file in book.yaml to a CSV with the "
                        + "header time,symbol,kind,value");
    }

    @Test
    void aMissingReplayFileIsBadInput(@TempDir Path dir) {
        FeedSpec feed = new FeedSpec("replay", 5, Interval.D1, 30, Optional.of(Path.of("gone.csv")), 7,
                Optional.empty(), Optional.empty());
        Book b = book(Optional.of(dir.resolve("book.yaml")), feed);
        assertThatThrownBy(() -> Sources.open(b, "replay")).isInstanceOf(ReplayFormatException.class)
                .hasMessageContaining("gone.csv:0:0: replay file not found");
    }
}
