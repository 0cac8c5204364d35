package org.hedgetop.market.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.hedgetop.market.Fixtures;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.sim.SimulatedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {
    @TempDir
    Path dir;

    static final Instant T0 = Instant.parse("2026-11-20T09:30:00Z");
    static final MarketRequest BOOK = Fixtures.request(List.of("SOL", "AAVE"),
            List.of(Fixtures.perp("SOLUSDT", "SOL", Instant.parse("2026-11-10T00:00:00Z")),
                    Fixtures.expiry("ETHUSDT_261225", "ETH", java.time.LocalDate.of(2026, 12, 25))), 30);

    static List<Instant> polls() {
        return List.of(T0, T0.plusSeconds(5), T0.plus(Duration.ofMinutes(50)), T0.plus(Duration.ofHours(7)),
                T0.plus(Duration.ofHours(7).plusSeconds(5)), T0.plus(Duration.ofDays(1)));
    }

    @Test
    void aRecordedSessionReplaysToTheSameValues() throws IOException {
        Path csv = dir.resolve("rec.csv");
        SimulatedSource sim = new SimulatedSource(BOOK, 7, Duration.ofSeconds(5));
        Map<Instant, MarketSnapshot> live = new java.util.LinkedHashMap<>();
        try (Recorder rec = new Recorder(csv)) {
            for (Instant t : polls()) {
                MarketSnapshot s = sim.poll(t);
                live.put(t, s);
                rec.record(s);
            }
        }
        ReplaySource replay = ReplaySource.open(csv, BOOK);
        live.forEach((t, s) -> {
            MarketSnapshot r = replay.poll(t);
            assertThat(r.spot()).as("spot at " + t).isEqualTo(s.spot());
            s.futures().forEach((sym, q) -> assertThat(r.quote(sym).orElseThrow().mark()).as(sym + " at " + t)
                    .isEqualTo(q.mark()));
            assertThat(r.fundingEvents("SOLUSDT")).as("funding at " + t).isEqualTo(s.fundingEvents("SOLUSDT"));
            // the closes the statistics use (one per closed hour) are the same
            assertThat(closes(r.spotSeries("SOL"), t)).isEqualTo(closes(s.spotSeries("SOL"), t));
        });
    }

    private static Map<Long, Double> closes(PriceSeries s, Instant now) {
        Map<Long, Double> out = new java.util.TreeMap<>();
        for (double[] c : Fixtures.closes(s, org.hedgetop.book.Interval.H1, now)) {
            out.put((long) c[0], c[1]);
        }
        // the replay keeps 32 days of hours, the simulator 128 hours then days: compare the common part
        out.keySet().removeIf(k -> k < now.toEpochMilli() - 100 * 3_600_000L);
        return out;
    }

    @Test
    void rowsAreNeverDuplicatedAcrossPollsOrRestarts() throws IOException {
        Path csv = dir.resolve("rec.csv");
        SimulatedSource sim = new SimulatedSource(BOOK, 7, Duration.ofSeconds(5));
        try (Recorder rec = new Recorder(csv)) {
            rec.record(sim.poll(T0));
            rec.record(sim.poll(T0)); // the same snapshot twice adds nothing
            rec.record(sim.poll(T0.plusSeconds(5)));
        }
        try (Recorder rec = new Recorder(csv)) { // a restart appends after what is there
            rec.record(sim.poll(T0.plusSeconds(5)));
            rec.record(sim.poll(T0.plusSeconds(10)));
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("time,symbol,kind,value");
        assertThat(lines.stream().filter(l -> l.startsWith("time,"))).hasSize(1);
        Set<String> keys = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(keys.add(f[0] + "," + f[1] + "," + f[2])).as("duplicate row " + line).isTrue();
        }
        assertThat(lines).contains(T0.plusSeconds(10) + ",SOL,spot," + Recorder.formatValue(
                sim.poll(T0.plusSeconds(10)).spot().get("SOL")));
    }

    @Test
    void writesSpotMarksAndFundingOfAHandBuiltSnapshot() throws IOException {
        Path csv = dir.resolve("rec.csv");
        Instant t = Instant.parse("2022-05-01T00:00:00Z");
        MarketSnapshot s = new MarketSnapshot(t, Map.of("SOL", 98.1),
                Map.of("SOLUSDT", new FuturesQuote(98.02, OptionalDouble.empty(), OptionalDouble.of(0.0001),
                        Optional.empty(), Optional.empty(), t)),
                Map.of(), Map.of(), Map.of("SOLUSDT", List.of(new FundingEvent(t, 0.0001, OptionalDouble.empty()))),
                Map.of(), "binance", "live");
        try (Recorder rec = new Recorder(csv)) {
            rec.record(s);
        }
        assertThat(Files.readString(csv)).isEqualTo("""
                time,symbol,kind,value
                2022-05-01T00:00:00Z,SOL,spot,98.1
                2022-05-01T00:00:00Z,SOLUSDT,mark,98.02
                2022-05-01T00:00:00Z,SOLUSDT,funding,0.0001
                """);
    }

    @Test
    void valuesArePlainDecimalsThatReadBackExactly() {
        assertThat(Recorder.formatValue(0.0001)).isEqualTo("0.0001");
        assertThat(Recorder.formatValue(100.0)).isEqualTo("100");
        assertThat(Recorder.formatValue(-0.0075)).isEqualTo("-0.0075");
        assertThat(Recorder.formatValue(1.0E-9)).isEqualTo("0.000000001");
        double awkward = 0.1 + 0.2;
        assertThat(Double.parseDouble(Recorder.formatValue(awkward))).isEqualTo(awkward);
        assertThat(Recorder.formatValue(12345678.9)).isEqualTo("12345678.9");
    }

    @Test
    void refusesToAppendToAFileThatIsNotAReplayCsv() throws IOException {
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "name,amount\nbob,3\n");
        assertThatThrownBy(() -> new Recorder(notes)).isInstanceOf(ReplayFormatException.class)
                .hasMessageContaining("unknown column \"name\"");
        assertThat(Files.readString(notes)).isEqualTo("name,amount\nbob,3\n");
    }

    @Test
    void appendsOnANewLineWhenTheFileLacksOne() throws IOException {
        Path csv = dir.resolve("rec.csv");
        Files.writeString(csv, "time,symbol,kind,value\n2022-05-01T00:00:00Z,SOL,spot,98");
        Instant t = Instant.parse("2022-05-02T00:00:00Z");
        try (Recorder rec = new Recorder(csv)) {
            rec.record(new MarketSnapshot(t, Map.of("SOL", 99.0), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                    "binance", "live"));
        }
        assertThat(Files.readString(csv)).isEqualTo(
                "time,symbol,kind,value\n2022-05-01T00:00:00Z,SOL,spot,98\n2022-05-02T00:00:00Z,SOL,spot,99\n");
    }
}
