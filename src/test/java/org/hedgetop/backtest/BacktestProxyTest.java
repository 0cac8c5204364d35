package org.hedgetop.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DeFi basket (UNI, AAVE) whose log returns are exactly 1.4 x ETH's, hedged with ETH at {@code ratio: beta}:
 * {@code S_t = S_0 * (ETH_t / 2000)^1.4}. The expected figures were worked outside hedgetop (a separate script,
 * mark-to-market: {@code H_i - H_{i-1} = dU_i - held_{i-1} * 0.01 * dF_i - fee_i}), with the numbers below.
 */
class BacktestProxyTest {
    static final int[] ETH = {2000, 2100, 1950, 2050, 2200, 2150, // 2026-01-01 .. 06: the window before T1
        2000, 2100, 1900, 1950, 2050, 1850};                     // 2026-01-07 (T1) .. 12 (T2)

    static final String BOOK = """
            name: proxy
            feed: {source: replay, file: history.csv, interval: 1d, window: 4}
            holdings:
              - {token: UNI, units: 10000}
              - {token: AAVE, units: 100}
            hedges:
              - id: defi-eth
                covers: [UNI, AAVE]
                instrument: ETHUSDT
                underlying: ETH
                contract_size: 0.01
                target_pct: 100
                ratio: beta
                position: -5000    # replaced by the backtest's trades in --write-fills
                entry_price: 1900
                opened: 2025-12-20T00:00:00Z
            settings:
              drift_tolerance_pct: 5
            """;

    @TempDir
    Path dir;
    BacktestFigures f;
    Path book;

    @BeforeEach
    void write() throws Exception {
        f = new BacktestFigures(dir);
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        for (int d = 0; d < ETH.length; d++) {
            String day = String.format("2026-01-%02d", d + 1);
            double move = Math.pow(ETH[d] / 2000.0, 1.4);
            csv.append(BacktestFigures.row(day, "ETH", "spot", ETH[d]));
            csv.append(BacktestFigures.row(day, "ETHUSDT", "mark", ETH[d]));
            csv.append(BacktestFigures.row(day, "UNI", "spot", 10 * move));
            csv.append(BacktestFigures.row(day, "AAVE", "spot", 200 * move));
        }
        f.write("history.csv", csv.toString());
        book = f.write("book.yaml", BOOK);
    }

    @Test
    void betaIsOnePointFourAndTheOpeningTradeIsSizedByIt() throws Exception {
        assertThat(f.run("report", book.toString(), "--at", "2026-01-07", "--format", "json")).isZero();
        JsonNode h = f.json().get("hedges").get(0);
        assertThat(h.get("basket_beta").asDouble()).isCloseTo(1.4, within(1e-9));
        // E = 10,000 x 10 + 100 x 200 = 120,000; N* = 120,000 x 1.4 = 168,000; / (0.01 x 2,000) = 8,400
        assertThat(h.get("contracts_needed").asLong()).isEqualTo(8_400);
    }

    @Test
    void everyCloseLeavesTheHedgedVarianceFarBelowTheUnhedged() throws Exception {
        int code = f.run("backtest", book.toString(), "--from", "2026-01-07", "--to", "2026-01-12",
                "--rebalance", "never,band,every", "--fee-bps", "5", "--format", "json");
        assertThat(code).as(f.err.toString()).isZero();
        JsonNode runs = f.json().get("runs");
        JsonNode every = runs.get(2).get("hedges").get(0);
        // U: 120,000 -> 107,591.92352 (ETH 2,000 -> 1,850)
        assertThat(every.get("spot_pnl").asDouble()).isCloseTo(-12_408.076476, within(1e-5));
        // the opening 8,400 then back to needed at each of the 5 closes after: 6 trades, last held 8,142
        assertThat(every.get("trades").asInt()).isEqualTo(6);
        assertThat(every.get("turnover").asDouble()).isCloseTo(189_318.5, within(1e-6));
        assertThat(every.get("fees").asDouble()).isCloseTo(94.65925, within(1e-6));
        assertThat(every.get("hedge_pnl").asDouble()).isCloseTo(13_173.84075, within(1e-5));
        // var(dU) = 171,885,871.79, var(dH) = 22,559.25: 1 - 22,559.25 / 171,885,871.79
        assertThat(every.get("effectiveness").asDouble()).isCloseTo(0.99986875446, within(1e-9));
        assertThat(every.get("worst_interval_hedged").asDouble()).isCloseTo(20.910313508, within(1e-6));
        assertThat(every.get("worst_interval_unhedged").asDouble()).isCloseTo(-16_798.319125538, within(1e-6));
        assertThat(every.get("max_drawdown_hedged").asDouble()).isCloseTo(0, within(1e-9));
        assertThat(every.get("max_drawdown_unhedged").asDouble()).isCloseTo(20_891.25285191, within(1e-6));

        // never and band (coverage stays within 5 % of target): the opening trade only, 8,400 @ 2,000
        for (int i = 0; i < 2; i++) {
            JsonNode h = runs.get(i).get("hedges").get(0);
            assertThat(h.get("trades").asInt()).isEqualTo(1);
            assertThat(h.get("fees").asDouble()).isCloseTo(84, within(1e-9));
            // -8,400 x 0.01 x (1,850 - 2,000) = 12,600; minus 84 fees
            assertThat(h.get("hedge_price_pnl").asDouble()).isCloseTo(12_600, within(1e-6));
            assertThat(h.get("hedge_pnl").asDouble()).isCloseTo(12_516, within(1e-6));
            assertThat(h.get("effectiveness").asDouble()).isCloseTo(0.99995219376, within(1e-9));
            assertThat(h.get("max_drawdown_hedged").asDouble()).isCloseTo(63.9612138, within(1e-6));
        }
    }

    @Test
    void eachForcedRatioIsOneRun() throws Exception {
        int code = f.run("backtest", book.toString(), "--from", "2026-01-07", "--to", "2026-01-12",
                "--rebalance", "never", "--ratio", "one,correlation,beta", "--fee-bps", "0", "--format", "json");
        assertThat(code).as(f.err.toString()).isZero();
        JsonNode runs = f.json().get("runs");
        assertThat(runs).hasSize(3);
        // E = 120,000 at ETH 2,000: one -> 120,000 / 20 = 6,000; correlation (rho = 1) -> 6,000; beta -> 8,400
        double[] turnover = {6_000 * 20.0, 6_000 * 20.0, 8_400 * 20.0};
        String[] ratio = {"one", "correlation", "beta"};
        for (int i = 0; i < 3; i++) {
            assertThat(runs.get(i).get("ratio").asText()).isEqualTo(ratio[i]);
            assertThat(runs.get(i).get("hedges").get(0).get("turnover").asDouble())
                    .isCloseTo(turnover[i], within(1e-6));
        }
    }

    @Test
    void theWrittenFillsReportTheSameHedgePnlAtT2() throws Exception {
        Path out = dir.resolve("out.yaml");
        int code = f.run("backtest", book.toString(), "--from", "2026-01-07", "--to", "2026-01-12",
                "--rebalance", "every", "--fee-bps", "5", "--format", "json", "--write-fills", out.toString());
        assertThat(code).as(f.err.toString()).isZero();
        double backtest = f.json().get("hedges").get(0).get("hedge_pnl").asDouble();
        assertThat(backtest).isCloseTo(13_173.84075, within(1e-5));
        String written = Files.readString(out);
        assertThat(written).contains("    fills:    # replaced by the backtest's trades in --write-fills\n"
                + "      - {time: 2026-01-07T00:00:00Z, contracts: -8400, price: 2000, fee: 84}\n");
        assertThat(written).doesNotContain("entry_price", "opened", "position");
        assertThat(f.run("report", out.toString(), "--at", "2026-01-12", "--format", "json")).isZero();
        JsonNode h = f.json().get("hedges").get(0);
        assertThat(h.get("fills").asInt()).isEqualTo(6);
        assertThat(h.get("hedge_pnl").asDouble()).isCloseTo(backtest, within(1e-6));
    }
}
