package org.hedgetop.market.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hedgetop.book.BookError;
import org.hedgetop.book.Interval;
import org.hedgetop.market.Fixtures;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.SymbolStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySourceTest {
    @TempDir
    Path dir;

    static Path resource(String name) {
        return Path.of("src/test/resources/replay", name);
    }

    static final MarketRequest SOL_BOOK = Fixtures.request(List.of("SOL"),
            List.of(Fixtures.perp("SOLUSDT", "SOL", Instant.parse("2022-05-01T04:00:00Z"))), 30);

    Path write(String text) throws IOException {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, text);
        return f;
    }

    static Instant at(String s) {
        return Instant.parse(s);
    }

    @Test
    void rowsInAnyOrderAreSortedAndTheTimeRangeIsKnown() {
        ReplaySource src = ReplaySource.open(resource("shuffled.csv"), SOL_BOOK);
        assertThat(src.rows()).isEqualTo(15);
        assertThat(src.firstTime()).isEqualTo(at("2022-05-01T00:00:00Z"));
        assertThat(src.lastTime()).isEqualTo(at("2022-05-02T00:00:00Z"));
        assertThat(ReplaySource.timeRange(resource("shuffled.csv")))
                .isEqualTo(new ReplaySource.TimeRange(at("2022-05-01T00:00:00Z"), at("2022-05-02T00:00:00Z")));
        assertThat(src.defaultReportTime()).contains(at("2022-05-02T00:00:00Z"));
    }

    @Test
    void pollSeesOnlyRowsAtOrBeforeNow() {
        ReplaySource src = ReplaySource.open(resource("shuffled.csv"), SOL_BOOK);
        MarketSnapshot s = src.poll(at("2022-05-01T15:59:59Z"));
        // two rows at 12:00: the later one in the file wins
        assertThat(s.spot()).containsEntry("SOL", 96.0).containsEntry("BTC", 38000.0).containsEntry("ETH", 2800.0);
        FuturesQuote q = s.quote("SOLUSDT").orElseThrow();
        assertThat(q.mark()).isEqualTo(98.02);
        assertThat(q.time()).isEqualTo(at("2022-05-01T00:00:00Z"));
        assertThat(q.fundingRate().getAsDouble()).isEqualTo(0.00005);
        assertThat(q.fundingInterval()).contains(Duration.ofHours(8));
        assertThat(q.nextFundingTime()).contains(at("2022-05-01T16:00:00Z"));
        assertThat(q.index().getAsDouble()).isEqualTo(96.0);
        assertThat(s.fundingEvents("SOLUSDT")).extracting(FundingEvent::rate).containsExactly(0.0001, 0.00005);
        assertThat(s.spotSeries("SOL").size()).isEqualTo(2);

        MarketSnapshot at16 = src.poll(at("2022-05-01T16:00:00Z"));
        FundingEvent last = at16.fundingEvents("SOLUSDT").get(2);
        assertThat(last.rate()).isEqualTo(-0.00025);
        assertThat(last.mark().getAsDouble()).isEqualTo(93.9); // the mark row at the settlement time
        // no mark row at 08:00: the last mark at or before it (00:00, 98.02), never the 16:00 row
        assertThat(at16.fundingEvents("SOLUSDT").get(1).mark()).hasValue(98.02);
        assertThat(at16.quote("SOLUSDT").orElseThrow().nextFundingTime()).contains(at("2022-05-02T00:00:00Z"));
    }

    @Test
    void spotRowsUnderTheSpotSymbolServeTheToken() {
        MarketSnapshot s = ReplaySource.open(resource("shuffled.csv"), SOL_BOOK).poll(at("2022-05-03T00:00:00Z"));
        assertThat(s.spot()).containsEntry("ETH", 2750.0).containsEntry("BTC", 37500.5);
        assertThat(s.sourceHealth()).startsWith("replay ended");
    }

    @Test
    void duringTheReplayTheHealthNamesItsEnd() {
        // issue 12 item 17: the end of a replay was shown nowhere
        MarketSnapshot s = ReplaySource.open(resource("shuffled.csv"), SOL_BOOK).poll(at("2022-05-01T12:00:00Z"));
        assertThat(s.sourceHealth()).isEqualTo("replay until " + ReplaySource.lastTime(resource("shuffled.csv")));
    }

    @Test
    void beforeTheFirstRowNothingIsKnown() {
        MarketSnapshot s = ReplaySource.open(resource("shuffled.csv"), SOL_BOOK).poll(at("2022-04-30T23:59:59Z"));
        assertThat(s.spot()).isEmpty();
        assertThat(s.futures()).isEmpty();
        assertThat(s.statusOf("SOL").health()).isEqualTo(SymbolStatus.Health.NO_MARKET);
        assertThat(s.sourceHealth()).startsWith("replay starts");
    }

    @Test
    void symbolsTheFileDoesNotHaveAreMarkedNoMarket() throws IOException {
        MarketRequest req = Fixtures.request(List.of("SOL", "DOGE"), List.of(Fixtures.perp("DOGEUSDT", "DOGE", null)), 30);
        MarketSnapshot s = ReplaySource.open(resource("shuffled.csv"), req).poll(at("2022-05-02T00:00:00Z"));
        assertThat(s.statusOf("DOGE").health()).isEqualTo(SymbolStatus.Health.NO_MARKET);
        assertThat(s.statusOf("DOGEUSDT").message()).contains("no mark rows for DOGEUSDT");
        assertThat(s.spot()).containsKey("SOL");
    }

    @Test
    void historyKeepsTheLastRowOfEachClosedHourAndTheLatestRow() throws IOException {
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        Instant t0 = at("2022-05-01T00:00:00Z");
        for (int m = 0; m < 5 * 60; m += 10) { // every 10 minutes for 5 hours
            csv.append(t0.plus(Duration.ofMinutes(m))).append(",SOL,spot,").append(100 + m).append('\n');
        }
        ReplaySource src = ReplaySource.open(write(csv.toString()), SOL_BOOK);
        PriceSeries h = src.poll(at("2022-05-01T03:25:00Z")).spotSeries("SOL");
        // closed hours 00, 01, 02: their 50-minute rows; then the 03:20 row of the open hour
        assertThat(h.size()).isEqualTo(4);
        assertThat(h.price(0)).isEqualTo(150.0);
        assertThat(h.price(1)).isEqualTo(210.0);
        assertThat(h.price(2)).isEqualTo(270.0);
        assertThat(h.price(3)).isEqualTo(300.0);
        assertThat(h.time(3)).isEqualTo(at("2022-05-01T03:20:00Z").toEpochMilli());
    }

    @Test
    void historyReachesBackTwiceTheWindowPlusTwoDays() throws IOException {
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        Instant t0 = at("2022-01-01T00:00:00Z");
        for (int d = 0; d < 100; d++) {
            csv.append(t0.plus(Duration.ofDays(d))).append(",SOL,spot,").append(100 + d).append('\n');
        }
        ReplaySource src = ReplaySource.open(write(csv.toString()), SOL_BOOK);
        PriceSeries h = src.poll(t0.plus(Duration.ofDays(99))).spotSeries("SOL");
        // window 30: max(2 x 30, 30) + 2 = 62 days back and the day itself, days 37..99 - 2 window + 1 closes and more
        assertThat(h.size()).isEqualTo(63);
        assertThat(h.price(0)).isEqualTo(137.0);
    }

    @Test
    void windowFullTimeIsWhenWindowPlusOneBucketsHaveClosed() {
        ReplaySource src = ReplaySource.open(resource("shuffled.csv"), SOL_BOOK);
        assertThat(src.windowFullTime(Interval.H1, 3)).isEqualTo(at("2022-05-01T04:00:00Z"));
        // never past the last row
        assertThat(src.windowFullTime(Interval.D1, 30)).isEqualTo(at("2022-05-02T00:00:00Z"));
    }

    @Test
    void acceptsFractionalSecondsOffsetsBomAndBlanks() throws IOException {
        Path f = write("\uFEFFtime , symbol,kind , value\n"
                + " 2022-05-01T00:00:00.250Z , SOL , SPOT , 1.5e2 \n"
                + "2022-05-01T02:00:00+02:00,SOLUSDT,mark,99\n");
        MarketSnapshot s = ReplaySource.open(f, SOL_BOOK).poll(at("2022-05-01T01:00:00Z"));
        assertThat(s.spot()).containsEntry("SOL", 150.0);
        assertThat(s.quote("SOLUSDT").orElseThrow().time()).isEqualTo(at("2022-05-01T00:00:00Z"));
    }

    @Test
    void columnsMayComeInAnotherOrder() throws IOException {
        Path f = write("symbol,value,time,kind\nSOL,42,2022-05-01T00:00:00Z,spot\n");
        assertThat(ReplaySource.open(f, SOL_BOOK).poll(at("2022-05-01T00:00:00Z")).spot()).containsEntry("SOL", 42.0);
    }

    @Test
    void everyBadRowIsReportedWithLineAndColumn() {
        ReplayFormatException e = catchThrowableOfType(ReplayFormatException.class,
                () -> ReplaySource.open(resource("bad-rows.csv"), SOL_BOOK));
        String f = resource("bad-rows.csv").toString();
        assertThat(e.errors()).extracting(BookError::toString).containsExactly(
                f + ":3:1: bad time \"2022-13-01T00:00:00Z\": expected an ISO-8601 UTC time like 2022-05-01T00:00:00Z",
                f + ":4:26: unknown kind \"price\": expected spot, mark or funding",
                f + ":5:31: bad value \"abc\": expected a decimal number like 98.10 or 0.0001",
                f + ":6:31: spot price must be a positive number (1e-12 or more), got -5",
                f + ":7:38: funding rate must be a fraction from -0.1 to 0.1 (0.0001 = 0.01 % per period), got 5",
                f + ":8:30: expected 4 fields (time,symbol,kind,value), got 3",
                f + ":9:22: bad symbol \"SO L\": expected letters, digits and . _ - / (a token like SOL or an instrument like SOLUSDT)",
                f + ":10:31: bad value \"NaN\": expected a decimal number like 98.10 or 0.0001");
        assertThat(e.getMessage()).startsWith(f + ":3:1: bad time");
    }

    @Test
    void headerProblemsAreLocated() throws IOException {
        assertThat(errorOf("time,symbol,value\n2022-05-01T00:00:00Z,SOL,1\n"))
                .isEqualTo("h.csv:1:1: missing column kind: the header must be time,symbol,kind,value");
        assertThat(errorOf("time,symbol,kind,vlaue\n"))
                .isEqualTo("h.csv:1:18: unknown column \"vlaue\": the header must be time,symbol,kind,value");
        assertThat(errorOf("time,symbol,kind,value,time\n"))
                .isEqualTo("h.csv:1:24: duplicate column \"time\": the header must be time,symbol,kind,value");
        assertThat(errorOf("2022-05-01T00:00:00Z,SOL,spot,98\n")).startsWith("h.csv:1:1: unknown column");
        assertThat(errorOf("# only a comment\n\n")).isEqualTo("h.csv:2:1: empty file: expected the header time,symbol,kind,value");
        assertThat(errorOf("time,symbol,kind,value\n")).isEqualTo("h.csv:0:0: no data rows: expected lines like "
                + "2022-05-01T00:00:00Z,SOL,spot,98.10 after the header");
        assertThat(errorOf("time,symbol,kind,value\n2022-05-01T00:00:00Z,SOL,spot,1,2\n"))
                .isEqualTo("h.csv:2:33: expected 4 fields (time,symbol,kind,value), got 5");
    }

    @Test
    void stopsAfterTwentyErrors() throws IOException {
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        for (int i = 0; i < 50; i++) {
            csv.append("yesterday,SOL,spot,1\n");
        }
        ReplayFormatException e = catchThrowableOfType(ReplayFormatException.class,
                () -> ReplaySource.open(write(csv.toString()), SOL_BOOK));
        assertThat(e.errors()).hasSize(21);
        assertThat(e.errors().get(20).message()).isEqualTo("too many errors; stopped reading");
    }

    private String errorOf(String text) throws IOException {
        Path f = write(text);
        ReplayFormatException e = catchThrowableOfType(ReplayFormatException.class, () -> ReplaySource.open(f, SOL_BOOK));
        return e.getMessage().replace(f.toString(), "h.csv");
    }

    @Test
    void aMissingFileIsAClearError() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> ReplaySource.open(missing, SOL_BOOK)).isInstanceOf(ReplayFormatException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(missing + ":0:0: replay file not found (feed.file or --source replay needs an existing CSV)");
        assertThatThrownBy(() -> ReplaySource.lastTime(missing)).isInstanceOf(ReplayFormatException.class);
    }

    @Test
    void readsAFewHundredThousandRows() throws IOException {
        Path f = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(f)) {
            out.write("time,symbol,kind,value\n");
            Instant t0 = at("2024-01-01T00:00:00Z");
            for (int i = 0; i < 100_000; i++) {
                String t = t0.plusSeconds(60L * i).toString();
                out.write(t + ",SOL,spot," + (100 + i % 7) + "\n");
                out.write(t + ",BTC,spot," + (40000 + i % 11) + "\n");
                out.write(t + ",SOLUSDT,mark," + (100 + i % 5) + "\n");
            }
        }
        ReplaySource src = ReplaySource.open(f, SOL_BOOK);
        assertThat(src.rows()).isEqualTo(300_000);
        MarketSnapshot s = src.poll(src.lastTime());
        assertThat(s.spot().get("SOL")).isEqualTo(100 + 99_999 % 7);
        // one point per closed hour over the 62-day span, plus the latest row
        assertThat(s.spotSeries("SOL").size()).isBetween(62 * 24 - 1, 62 * 24 + 1);
    }
}
