package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookException;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.replay.ReplaySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replayed hedge opened 200 days before the report counts every settlement of its history, each priced with
 * the mark at or before it, whatever the statistics window (30 returns here, far shorter than the history).
 */
class ReplayedLedgerTest {
    private static final Instant DAY0 = Instant.parse("2022-01-01T00:00:00Z");

    @TempDir
    Path dir;

    /*
     * Day d (0..200): one row at 00:00 for SOL spot and SOLUSDT mark, both 100 + d; BTC and ETH spot; funding
     * 0.0001 at 00:00, 08:00 and 16:00. Each settlement's price is the mark of 00:00 that day (100 + d); a
     * later price (the next day's) would make every sum below larger.
     */
    private Path history() throws IOException {
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        for (int d = 0; d <= 200; d++) {
            Instant t = DAY0.plus(Duration.ofDays(d));
            csv.append(t).append(",SOL,spot,").append(100 + d).append('\n');
            csv.append(t).append(",SOLUSDT,mark,").append(100 + d).append('\n');
            csv.append(t).append(",BTC,spot,").append(40000 + (d % 7) * 100).append('\n');
            csv.append(t).append(",ETH,spot,").append(3000 + (d % 5) * 20).append('\n');
            for (int h = 0; h < 24; h += 8) {
                csv.append(t.plus(Duration.ofHours(h))).append(",SOLUSDT,funding,0.0001\n");
            }
        }
        Path f = dir.resolve("history.csv");
        Files.writeString(f, csv);
        return f;
    }

    private static Book book() throws BookException {
        return BookLoader.parse("""
                feed: {source: replay, file: history.csv, window: 30}
                holdings:
                  - {token: SOL, units: 1000, cost_price: 150}
                hedges:
                  - id: sol-perp
                    covers: [SOL]
                    instrument: SOLUSDT
                    contract_size: 1
                    leverage: 4
                    fills:
                      - {time: 2022-01-01T00:00:00Z, contracts: -10, price: 100}
                      - {time: 2022-04-11T00:00:00Z, contracts: 4, price: 200, fee: 0.5}
                """, "book.yaml", Optional.empty());
    }

    /*
     * Settlements after the first fill (day 0 00:00) up to --at = day 200 00:00: day 0 08:00 and 16:00, three on
     * each of days 1..199, day 200 00:00: 2 + 597 + 1 = 600. The buy of 4 at day 100 00:00 (2022-04-11) sits
     * exactly on a settlement and does not take part in it.
     *   held 10, day 0 08:00 .. day 100 00:00, sum of marks: 2*100 + 3*(99*100 + 4950) + 200 = 44,950
     *   held  6, day 100 08:00 .. day 200 00:00: 2*200 + 3*(99*100 + 14,850) + 300 = 74,950
     *   funding = 0.0001 * (10 * 44,950 + 6 * 74,950) = 0.0001 * 899,200 = 89.92
     * Ledger: sold 10 @ 100, bought 4 @ 200: realized -1 * 4 * (200 - 100) = -400; held -6 @ 100, mark 300:
     * unrealized -6 * (300 - 100) = -1,200; fees 0.5; hedge P&L = -400 - 1,200 + 89.92 - 0.5 = -1,510.58.
     * Spot: 1,000 * (300 - 150) = 150,000; net 150,000 - 1,510.58 = 148,489.42.
     */
    @Test
    void aHedgeOpened200DaysAgoCountsEverySettlement() throws Exception {
        Book book = book();
        Instant at = DAY0.plus(Duration.ofDays(200));
        MarketSnapshot snap = ReplaySource.open(history(), MarketRequest.of(book)).poll(at);
        RiskView view = new RiskEngine().evaluate(book, snap, at);
        HedgeRow h = view.hedges().get(0);
        assertThat(h.pnl().settlements()).isEqualTo(600);
        assertThat(h.fundingAccrued().getAsDouble()).isCloseTo(89.92, within(1e-9));
        assertThat(h.contractsHeld()).isEqualTo(6);
        assertThat(h.pnl().position()).isEqualTo(-6);
        assertThat(h.pnl().entryPrice()).hasValue(100);
        assertThat(h.pnl().realizedPnl()).isCloseTo(-400, within(1e-9));
        assertThat(h.pnl().unrealizedPnl().getAsDouble()).isCloseTo(-1200, within(1e-9));
        assertThat(h.pnl().fees()).isEqualTo(0.5);
        assertThat(h.pnl().hedgePnl().getAsDouble()).isCloseTo(-1510.58, within(1e-9));
        assertThat(h.pnl().fills()).isEqualTo(2);
        assertThat(h.pnl().firstFillTime()).contains(DAY0);
        // liquidation from the average entry 100 (not the last fill's 200): 100 * (1 + 1/4 - 0.5/100) = 124.5
        assertThat(h.liquidationPrice().getAsDouble()).isCloseTo(124.5, within(1e-9));
        assertThat(view.tokens().get(0).spotPnl().getAsDouble()).isCloseTo(150_000, within(1e-6));
        assertThat(view.totals().pnl().netPnl().getAsDouble()).isCloseTo(148_489.42, within(1e-6));
    }

    /* Before the buy (report at day 50 00:00): 2 + 3*49 + 1 = 150 settlements on 10 contracts. */
    @Test
    void aReportBeforeALaterFillDoesNotSeeIt() throws Exception {
        Book book = book();
        Instant at = DAY0.plus(Duration.ofDays(50));
        MarketSnapshot snap = ReplaySource.open(history(), MarketRequest.of(book)).poll(at);
        HedgeRow h = new RiskEngine().evaluate(book, snap, at).hedges().get(0);
        // marks: 2*100 + 3*(49*100 + 1225) + 150 = 200 + 18,375 + 150 = 18,725; 0.0001 * 10 * 18,725 = 18.725
        assertThat(h.pnl().settlements()).isEqualTo(150);
        assertThat(h.fundingAccrued().getAsDouble()).isCloseTo(18.725, within(1e-9));
        assertThat(h.pnl().position()).isEqualTo(-10);
        assertThat(h.pnl().fills()).isEqualTo(1);
        assertThat(h.pnl().fees()).isEqualTo(0);
    }
}
