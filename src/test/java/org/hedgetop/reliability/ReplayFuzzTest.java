package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookError;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.replay.ReplayFormatException;
import org.hedgetop.market.replay.ReplaySource;

/**
 * Random and mutated replay CSVs: {@link ReplaySource#open} gives a source whose snapshots (at any time)
 * hold only finite positive prices and finite rates, or throws the documented
 * {@link ReplayFormatException} with located, printable errors - nothing else.
 */
@AddLifecycleHook(FuzzScale.class)
class ReplayFuzzTest {
    private static final Book BOOK = book();
    private static final MarketRequest REQUEST = MarketRequest.of(BOOK);
    private static final String VALID = validCsv();
    private static final Path FILE = tempFile();
    private static final List<String> VALUES = List.of("NaN", "Infinity", "-Infinity", "0", "-0", "-1", "1e400",
            "1e-400", "4.9e-324", "0x1F", "", " ", " 5 ", "1_000", "1e", ".5", "5.", "1e1000", "0.2", "-0.2",
            "1234567890123456789012345678901234567890", "\"5\"", "5\u001b[2J", "\u202e5");
    private static final List<String> TIMES = List.of("2022-13-01T00:00:00Z", "2022-02-30T00:00:00Z",
            "2022-05-01T24:00:00Z", "2022-05-01T00:00:00", "2022-05-01T00:00:00+14:00", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1651363200000", "", "2022-05-01",
            "2022-05-01T00:00:00.123456789Z", "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z");
    private static final List<String> SYMBOLS = List.of("SOL", "SOLUSDT", "BTC", "ETH", "ETHUSDT_261225", "sol", "",
            "S\u001b]0;x\u0007", "S\u001b[2J", "S\u009b", "S\u202e", "S O L", "X".repeat(100), "SOL\"");
    private static final List<String> KINDS = List.of("spot", "mark", "funding", "SPOT", "Mark", "", "fund", "price");

    @Property(tries = 600, seed = "7201")
    void randomText(@ForAll @Size(max = 600) String noise, @ForAll Random random) throws Exception {
        judge(random.nextBoolean() ? noise : VALID.substring(0, random.nextInt(VALID.length())) + noise);
    }

    @Property(tries = 1500, seed = "7202")
    void mutatedRecordings(@ForAll Random random) throws Exception {
        List<String> lines = new ArrayList<>(List.of(VALID.split("\n")));
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = 1 + random.nextInt(lines.size() - 1);
            String[] f = lines.get(at).split(",", -1);
            switch (random.nextInt(9)) {
                case 0, 1 -> f[3] = YamlMutator.pick(VALUES, random);
                case 2 -> f[0] = YamlMutator.pick(TIMES, random);
                case 3 -> f[1] = YamlMutator.pick(SYMBOLS, random);
                case 4 -> f[2] = YamlMutator.pick(KINDS, random);
                case 5 -> lines.set(at, YamlMutator.mutate(lines.get(at), random));
                case 6 -> lines.remove(at);
                case 7 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                default -> lines.set(0, YamlMutator.pick(List.of("time,symbol,kind", "time,symbol,kind,value,extra",
                        "\uFEFFtime,symbol,kind,value", "value,kind,symbol,time", "TIME,SYMBOL,KIND,VALUE",
                        "time,time,kind,value", "# comment"), random));
            }
            if (f.length == 4 && at < lines.size()) {
                lines.set(at, String.join(",", f));
            }
        }
        boolean opened = judge(String.join(random.nextInt(8) == 0 ? "\r\n" : "\n", lines));
        Statistics.label("outcome").collect(opened ? "opened" : "refused");
        Statistics.label("outcome").coverage(c -> {
            c.check("opened").percentage(p -> p >= 10);
            c.check("refused").percentage(p -> p >= 10);
        });
    }

    /** Whether the file opened; checks snapshots before, at and after its span, or the errors. */
    private static boolean judge(String csv) throws Exception {
        Files.writeString(FILE, csv, StandardCharsets.UTF_8);
        String what = LoaderVerdict.describe(csv.getBytes(StandardCharsets.UTF_8));
        try {
            return Hang.within(what, () -> {
                try (ReplaySource source = ReplaySource.open(FILE, REQUEST)) {
                    Instant first = source.firstTime();
                    Instant last = source.lastTime();
                    for (Instant at : List.of(first.minus(Duration.ofDays(1)), first, first.plus(Duration.between(first,
                            last).dividedBy(2)), last, last.plus(Duration.ofDays(40)))) {
                        assertSane(source.poll(at), what);
                    }
                }
                return true;
            });
        } catch (ReplayFormatException e) {
            List<Integer> lengths = csvLineLengths(csv);
            assertThat(e.errors()).isNotEmpty();
            for (BookError error : e.errors()) {
                assertThat(error.line()).as("%s for %s", error, what).isBetween(0, lengths.size());
                assertThat(error.column()).as("%s for %s", error, what).isBetween(0,
                        error.line() == 0 ? 0 : lengths.get(error.line() - 1) + 1);
                assertThat(error.message()).isNotBlank();
                LoaderVerdict.assertPrintable(error.toString(), what);
            }
            return false;
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            return fail("replay threw " + t + " for " + what, t);
        }
    }

    /**
     * Code points per line as a CSV reader sees lines: ended by LF, CR or CRLF only (a NEL or U+2028 is
     * part of the line, unlike in YAML); a leading byte order mark is not counted.
     */
    static List<Integer> csvLineLengths(String csv) {
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Integer> lengths = new ArrayList<>();
        for (String line : body.split("\r\n|\r|\n", -1)) {
            lengths.add(line.codePointCount(0, line.length()));
        }
        return lengths;
    }

    private static void assertSane(MarketSnapshot s, String what) {
        s.spot().values().forEach(p -> assertThat(p).as("spot for %s", what).isFinite().isPositive());
        s.futures().values().forEach(q -> {
            assertThat(q.mark()).as("mark for %s", what).isFinite().isPositive();
            q.index().ifPresent(i -> assertThat(i).isFinite().isPositive());
            q.fundingRate().ifPresent(r -> assertThat(r).isFinite());
            q.fundingInterval().ifPresent(d -> assertThat(d).isPositive());
        });
        for (var series : List.of(s.spotHistory(), s.markHistory())) {
            for (PriceSeries p : series.values()) {
                for (int i = 0; i < p.size(); i++) {
                    assertThat(p.price(i)).as("history for %s", what).isFinite().isPositive();
                }
            }
        }
        for (List<FundingEvent> events : s.funding().values()) {
            events.forEach(e -> {
                assertThat(e.rate()).isFinite();
                e.mark().ifPresent(m -> assertThat(m).isFinite().isPositive());
            });
        }
        s.status().values().forEach(st -> LoaderVerdict.assertPrintable(st.message(), what));
        LoaderVerdict.assertPrintable(s.sourceHealth(), what);
    }

    private static Book book() {
        try {
            return BookLoader.parse("feed: {source: replay, file: x.csv}\nholdings: [{token: SOL, units: 10}]\n"
                    + "hedges:\n  - {covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -5}\n"
                    + "  - {id: e, covers: [SOL], instrument: ETHUSDT_261225, underlying: ETH, type: expiry,"
                    + " expiry: 2026-12-25, contract_size: 0.1}\n", "r.yaml", Optional.empty());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Three days of hourly rows with a funding settlement every 8 h. */
    private static String validCsv() {
        StringBuilder s = new StringBuilder("time,symbol,kind,value\n");
        Instant t = Instant.parse("2022-05-01T00:00:00Z");
        for (int h = 0; h < 72; h++, t = t.plus(Duration.ofHours(1))) {
            s.append(t).append(",SOL,spot,").append(98 + h % 7).append(".10\n");
            s.append(t).append(",SOLUSDT,mark,").append(98 + h % 5).append(".02\n");
            s.append(t).append(",BTC,spot,").append(38000 + h).append('\n');
            s.append(t).append(",ETH,spot,").append(2800 + h).append(".5\n");
            s.append(t).append(",ETHUSDT_261225,mark,").append(2850 + h).append('\n');
            if (h % 8 == 0) {
                s.append(t).append(",SOLUSDT,funding,0.0001\n");
            }
        }
        return s.toString();
    }

    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("hedgetop-replay-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("x.csv");
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
