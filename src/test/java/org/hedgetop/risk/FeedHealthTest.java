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

    @Test
    void aReplaySnapshotIsAsFreshAsTheReplayClock() throws Exception {
        // issue 12 item 17: at 60x a 5 s poll is 300 replay seconds, so every token was STALE from the start
        Book book = BookLoader.parse("feed: {source: simulated, poll_seconds: 5}\nholdings:\n  - {token: SOL, units: 1}\n",
                "book.yaml", Optional.empty());
        for (String source : new String[] {"replay", "binance"}) {
            MarketSnapshot m = new MarketSnapshot(NOW.minusSeconds(300), Map.of("SOL", 150.0, "BTC", 1.0, "ETH", 1.0),
                    Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), source, "live");
            RiskView v = new RiskEngine().evaluate(book, m, NOW);
            boolean replay = source.equals("replay");
            assertThat(v.tokens().get(0).stale()).as(source).isEqualTo(!replay);
            assertThat(v.alerts().isEmpty()).as(source).isEqualTo(replay);
        }
    }
}
