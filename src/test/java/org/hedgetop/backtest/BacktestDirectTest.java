package org.hedgetop.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A direct hedge sized exactly: 100 SOL hedged with 100 contracts of size 1, mark = spot, no funding rows. Every
 * figure below is worked by hand in the comments.
 */
class BacktestDirectTest {
    // closes 2026-01-01 .. 2026-01-05: S = 100, 110, 99, 121, 110
    static final double[] SPOT = {100, 110, 99, 121, 110};

    @TempDir
    Path dir;
    BacktestFigures f;
    Path book;

    static String history(boolean funding) {
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        for (int d = 0; d < SPOT.length; d++) {
            String day = "2026-01-0" + (d + 1);
            csv.append(BacktestFigures.row(day, "SOL", "spot", SPOT[d]));
            csv.append(BacktestFigures.row(day, "SOLUSDT", "mark", SPOT[d]));
            if (funding && d < SPOT.length - 1) {
                csv.append(day).append("T08:00:00Z,SOLUSDT,funding,0.0001\n");
            }
        }
        return csv.toString();
    }

    static final String BOOK = """
            name: direct
            feed: {source: replay, file: history.csv, interval: 1d, window: 3}
            holdings:
              - {token: SOL, units: 100}
            hedges:
              - id: sol-perp
                covers: [SOL]
                instrument: SOLUSDT
                contract_size: 1
                target_pct: 100
                position: -40      # what the book holds today plays no part
                entry_price: 90
                opened: 2025-12-01T00:00:00Z
            """;

    @BeforeEach
    void write() throws Exception {
        f = new BacktestFigures(dir);
        f.write("history.csv", history(false));
        book = f.write("book.yaml", BOOK);
    }

    @Test
    void effectivenessOneAndTheHedgedValueMovesOnlyByTheFee() throws Exception {
        int code = f.run("backtest", book.toString(), "--from", "2026-01-01", "--to", "2026-01-05T12:00:00Z",
                "--rebalance", "every", "--fee-bps", "10", "--format", "json");
        assertThat(code).as(f.err.toString()).isZero();
        JsonNode r = f.json();
        assertThat(r.get("from").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(r.get("to").asText()).isEqualTo("2026-01-05T00:00:00Z"); // T2 rounded down to the close
        assertThat(r.get("rebalance").asText()).isEqualTo("every");
        JsonNode h = r.get("hedges").get(0);
        // needed = round(100 * S / (1 * S)) = 100 at every close: one opening trade of 100 @ 100
        assertThat(h.get("trades").asInt()).isEqualTo(1);
        assertThat(h.get("turnover").asDouble()).isCloseTo(10_000, within(1e-9));
        assertThat(h.get("fees").asDouble()).isCloseTo(10, within(1e-9)); // 10 bps of 10,000
        // U = 100 * S: 10,000 -> 11,000
        assertThat(h.get("spot_pnl").asDouble()).isCloseTo(1_000, within(1e-9));
        // short 100 from 100 to 110: -1,000
        assertThat(h.get("hedge_price_pnl").asDouble()).isCloseTo(-1_000, within(1e-9));
        assertThat(h.get("funding").isNull()).isTrue();
        assertThat(h.get("hedge_pnl").asDouble()).isCloseTo(-1_010, within(1e-9));
        assertThat(h.get("net_pnl").asDouble()).isCloseTo(-10, within(1e-9));
        // H_i = U_i - 100 * (S_i - 100) - 10 = 9,990 at every close: var(hedged) = 0
        assertThat(h.get("effectiveness").asDouble()).isCloseTo(1, within(1e-12));
        assertThat(h.get("worst_interval_hedged").asDouble()).isCloseTo(0, within(1e-9));
        assertThat(h.get("max_drawdown_hedged").asDouble()).isCloseTo(0, within(1e-9));
        // unhedged differences 1,000, -1,100, 2,200, -1,100; drawdown 11,000 -> 9,900 and 12,100 -> 11,000
        assertThat(h.get("worst_interval_unhedged").asDouble()).isCloseTo(-1_100, within(1e-9));
        assertThat(h.get("max_drawdown_unhedged").asDouble()).isCloseTo(1_100, within(1e-9));
        JsonNode b = r.get("book");
        assertThat(b.has("id")).isFalse();
        assertThat(b.get("hedge_pnl").asDouble()).isCloseTo(-1_010, within(1e-9));
        assertThat(b.get("effectiveness").asDouble()).isCloseTo(1, within(1e-12));
    }

    @Test
    void fundingIsPaidOnWhatWasHeldAtEachSettlement() throws Exception {
        f.write("history.csv", history(true));
        int code = f.run("backtest", book.toString(), "--from", "2026-01-01", "--to", "2026-01-05",
                "--rebalance", "never", "--fee-bps", "0", "--format", "json");
        assertThat(code).as(f.err.toString()).isZero();
        JsonNode h = f.json().get("hedges").get(0);
        // settlements at 08:00 on days 1..4, priced at that day's 00:00 mark: 100 * 0.0001 * (100+110+99+121)
        assertThat(h.get("funding").asDouble()).isCloseTo(4.30, within(1e-9));
        assertThat(h.get("hedge_pnl").asDouble()).isCloseTo(-1_000 + 4.30, within(1e-9));
    }

    @Test
    void severalPoliciesAreOneRunEach() throws Exception {
        int code = f.run("backtest", book.toString(), "--from", "2026-01-01", "--to", "2026-01-05",
                "--rebalance", "never,band,every", "--format", "json");
        assertThat(code).as(f.err.toString()).isZero();
        JsonNode runs = f.json().get("runs");
        assertThat(runs).hasSize(3);
        assertThat(runs.get(1).get("rebalance").asText()).isEqualTo("band");
        assertThat(runs.get(2).get("fee_bps").asDouble()).isEqualTo(5); // the default
    }

    @Test
    void textHasTheTableAndTheChart() throws Exception {
        int code = f.run("backtest", book.toString(), "--from", "2026-01-01", "--to", "2026-01-05");
        assertThat(code).as(f.err.toString()).isZero();
        String text = f.out.toString();
        assertThat(text).contains("sol-perp", "EFFECT.", "1.000", "█", "░", "2026-01-01", "2026-01-05");
        assertThat(text).doesNotContain("\u001b");
    }

    @Test
    void theSimulatorHasHistoryToo() throws Exception {
        Path sim = f.write("sim.yaml", BOOK.replace("source: replay, file: history.csv", "source: simulated"));
        int code = f.run("backtest", sim.toString(), "--from", "2026-01-01", "--to", "2026-01-31",
                "--rebalance", "every", "--format", "json");
        assertThat(code).as(f.err.toString()).isZero();
        JsonNode h = f.json().get("hedges").get(0);
        assertThat(h.get("trades").asInt()).isGreaterThanOrEqualTo(1);
        // a direct perpetual on its own token: only the basis between mark and spot is left unhedged
        assertThat(h.get("effectiveness").asDouble()).isGreaterThan(0.9);
        assertThat(f.run("backtest", sim.toString(), "--from", "2026-01-01", "--to", "2026-01-31",
                "--source", "hyperliquid")).isEqualTo(2);
        assertThat(f.err.toString()).contains("history is not supported yet");
    }

    @Test
    void aBookWrittenWithFillsIsNotRewrittenInPlace() throws Exception {
        Path fills = f.write("fills.yaml", BOOK.replace("""
                    position: -40      # what the book holds today plays no part
                    entry_price: 90
                    opened: 2025-12-01T00:00:00Z
                """, """
                    fills:
                      - {time: 2025-12-01T00:00:00Z, contracts: -40, price: 90}
                """));
        Path out = dir.resolve("out.yaml");
        assertThat(f.run("backtest", fills.toString(), "--from", "2026-01-01", "--to", "2026-01-05",
                "--write-fills", out.toString())).isEqualTo(2);
        assertThat(f.err.toString()).contains("sol-perp is written with fills");
        assertThat(out).doesNotExist();
    }

    @Test
    void badOptionsAreExit2WithWhatIsWrong() throws Exception {
        assertThat(f.run("backtest", book.toString(), "--from", "2026-01-05", "--to", "2026-01-01")).isEqualTo(2);
        assertThat(f.err.toString()).contains("--to 2026-01-01T00:00:00Z is before --from 2026-01-05T00:00:00Z");
        assertThat(f.run("backtest", book.toString(), "--from", "yesterday", "--to", "2026-01-01")).isEqualTo(2);
        assertThat(f.err.toString()).contains("--from must be a UTC time", "\"yesterday\"");
        assertThat(f.run("backtest", book.toString(), "--from", "2026-01-01", "--to", "2026-01-05",
                "--rebalance", "weekly")).isEqualTo(2);
        assertThat(f.err.toString()).contains("unknown policy \"weekly\"");
        assertThat(f.run("backtest", book.toString(), "--from", "2026-01-01", "--to", "2026-01-05",
                "--rebalance", "never,every", "--write-fills", dir.resolve("o.yaml").toString())).isEqualTo(2);
        assertThat(f.err.toString()).contains("--write-fills needs exactly one run");
        Path bad = f.write("bad.yaml", BOOK.replace("units: 100", "units: lots"));
        assertThat(f.run("backtest", bad.toString(), "--from", "2026-01-01", "--to", "2026-01-05")).isEqualTo(2);
        assertThat(f.err.toString()).contains("bad.yaml:4:");
    }

    @Test
    void theChartStandsBesideTheTableWhenTheWidthAllowsAndBelowOtherwise() throws Exception {
        assertThat(f.run("backtest", book.toString(), "--from", "2026-01-01", "--to", "2026-01-05", "--width", "200"))
                .as(f.err.toString()).isZero();
        String[] wide = f.out.toString().split("\n");
        String header = java.util.Arrays.stream(wide).filter(l -> l.startsWith("HEDGE")).findFirst().orElseThrow();
        assertThat(header).endsWith("value of the book: █ hedged  ░ unhedged  ▓ both");
        String bookRow = java.util.Arrays.stream(wide).filter(l -> l.startsWith("book")).findFirst().orElseThrow();
        assertThat(bookRow).contains("┤"); // the plot's second row, beside the table's last
        assertThat(wide).allMatch(l -> l.length() <= 200).noneMatch(l -> l.contains("\u001b"));

        assertThat(f.run("backtest", book.toString(), "--from", "2026-01-01", "--to", "2026-01-05", "--width", "80"))
                .isZero();
        String[] narrow = f.out.toString().split("\n");
        int bookAt = java.util.Arrays.asList(narrow).indexOf(java.util.Arrays.stream(narrow)
                .filter(l -> l.startsWith("book")).findFirst().orElseThrow());
        assertThat(narrow[bookAt]).doesNotContain("┤");
        assertThat(narrow[bookAt + 2]).isEqualTo("value of the book: █ hedged  ░ unhedged  ▓ both");
        assertThat(narrow[bookAt + 3]).contains("┤");
        assertThat(java.util.Arrays.asList(narrow).subList(bookAt + 2, narrow.length)).allMatch(l -> l.length() <= 80);
    }
}
