package org.hedgetop.market.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.hedgetop.cli.Sources;
import org.hedgetop.market.Fixtures;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.junit.jupiter.api.Test;

/** The committed replay example is exactly what its generator makes, and replays cleanly. */
class ReplayExampleTest {
    @Test
    void committedHistoryIsTheGeneratorsOutput() throws IOException {
        assertThat(Files.readString(ReplayExampleGenerator.FILE)).isEqualTo(ReplayExampleGenerator.generate());
    }

    @Test
    void theExampleBookLoadsAndOpensItsReplay() throws Exception {
        org.hedgetop.book.Book book = org.hedgetop.book.BookLoader.load(java.nio.file.Path.of("portfolios", "replay.yaml"));
        try (MarketSource src = Sources.open(book, book.feed().source())) {
            assertThat(src.name()).isEqualTo("replay");
            Instant at = src.defaultReportTime().orElseThrow();
            assertThat(at).isEqualTo(Instant.parse("2026-11-12T00:00:00Z"));
            MarketSnapshot s = src.poll(at);
            for (org.hedgetop.book.Holding h : book.holdings()) {
                assertThat(s.spot()).containsKey(h.token());
            }
            for (org.hedgetop.book.Hedge h : book.hedges()) {
                assertThat(s.quote(h.instrument())).isPresent();
                // funding reaches back to the hedge's opening
                assertThat(s.fundingEvents(h.instrument()).get(0).time()).isBeforeOrEqualTo(h.opened().orElseThrow());
            }
            assertThat(s.status()).isEmpty();
        }
    }

    @Test
    void historyReplaysWithAFullWindowAndFundingEvery8Hours() {
        ReplaySource src = ReplaySource.open(ReplayExampleGenerator.FILE, ReplayExampleGenerator.request());
        assertThat(src.firstTime()).isEqualTo(Instant.parse("2026-09-28T00:00:00Z"));
        assertThat(src.lastTime()).isEqualTo(Instant.parse("2026-11-12T00:00:00Z"));
        MarketSnapshot s = src.poll(src.lastTime());
        assertThat(s.spot()).containsOnlyKeys(ReplayExampleGenerator.TOKENS);
        assertThat(Fixtures.closes(s.spotSeries("SOL"), org.hedgetop.book.Interval.D1, src.lastTime()))
                .hasSizeGreaterThanOrEqualTo(31);
        List<FundingEvent> eth = s.fundingEvents("ETHUSDT");
        // the look-back, 62 days for window 30, reaches past the file's first row: every settlement of its 45 days
        assertThat(eth).hasSize(3 * 45 + 1);
        assertThat(eth).allSatisfy(e -> assertThat(e.mark()).isPresent());
        assertThat(eth).anySatisfy(e -> assertThat(e.rate()).isNegative());
        assertThat(s.quote("ETHUSDT").orElseThrow().fundingInterval()).contains(java.time.Duration.ofHours(8));
    }
}
