package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.book;
import static org.hedgetop.risk.Fixtures.dailyCloses;
import static org.hedgetop.risk.Fixtures.holding;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;

/** MarketSnapshot.closedHistory: the source's word that the closed buckets are unchanged spares the comparison. */
class ClosedHistorySignalTest {
    private static MarketSnapshot market(double lastClose, long closedHistory) {
        PriceSeries sol = dailyCloses(NOW, 100, 101, 99, 102, 103, lastClose);
        PriceSeries btc = dailyCloses(NOW, 50, 51, 52, 50, 49, 48);
        PriceSeries eth = dailyCloses(NOW, 20, 21, 20, 22, 21, 23);
        return new MarketSnapshot(NOW, Map.of("SOL", lastClose, "BTC", 48.0, "ETH", 23.0), Map.of(),
                Map.of("SOL", sol, "BTC", btc, "ETH", eth), Map.of(), Map.of(), Map.of(), "test", "live",
                closedHistory);
    }

    @Test
    void theSameWordSkipsTheSeriesAndNoWordComparesThem() {
        var b = book(List.of(holding("SOL", 10)), List.of());
        RiskEngine e = new RiskEngine();
        Instant later = NOW.plusSeconds(60);
        Statistics first = e.statistics(b, market(104, 7), NOW);
        assertThat(e.statisticsBuilds()).isEqualTo(1);
        // a different last close under the same word: the source vouches, so nothing is compared or rebuilt
        assertThat(e.statistics(b, market(110, 7), later)).isSameAs(first);
        assertThat(e.statisticsBuilds()).isEqualTo(1);
        // without the word (0) the closes are compared: 110 differs from 104, the statistics are rebuilt
        assertThat(e.statistics(b, market(110, 0), later)).isNotSameAs(first);
        assertThat(e.statisticsBuilds()).isEqualTo(2);
        // another word: compared again; equal closes keep the statistics
        Statistics second = e.statistics(b, market(110, 8), later);
        assertThat(e.statisticsBuilds()).isEqualTo(2);
        assertThat(e.statistics(b, market(110, 8), later)).isSameAs(second);
    }
}
