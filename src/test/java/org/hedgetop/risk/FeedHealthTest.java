package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.MarketSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 4: the title says "live" only while prices arrive. A stalled exchange keeps the poller in
 * its read timeouts, so no new snapshot comes: one poll period after the one that was due, the health
 * says how long nothing has come. Poll period 5 s here.
 */
class FeedHealthTest {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static String health(Instant snapshotTime, String health) throws Exception {
        Book book = BookLoader.parse("feed: {source: binance, poll_seconds: 5}\nholdings:\n  - {token: SOL, units: 1}\n",
                "book.yaml", Optional.empty());
        MarketSnapshot m = new MarketSnapshot(snapshotTime, Map.of("SOL", 150.0), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), "binance", health);
        return new RiskEngine().evaluate(book, m, NOW).sourceHealth();
    }

    @Test
    void liveTurnsStalledOnePollPeriodAfterTheNextPollWasDue() throws Exception {
        assertThat(health(NOW.minusSeconds(10), "live")).isEqualTo("live"); // two periods: the next may be on its way
        assertThat(health(NOW.minusSeconds(11), "live")).isEqualTo("stalled: no answer for 11 s");
        assertThat(health(NOW.minusSeconds(40), "live")).isEqualTo("stalled: no answer for 40 s");
    }

    @Test
    void otherHealthsAreLeftAsTheSourceSaysThem() throws Exception {
        assertThat(health(NOW.minusSeconds(40), "rate limited, retry in 20 s (x)"))
                .isEqualTo("rate limited, retry in 20 s (x)");
        assertThat(health(NOW.minusSeconds(40), "replay 2026-01-01")).isEqualTo("replay 2026-01-01");
    }
}
