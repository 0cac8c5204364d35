package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketSnapshot;
import org.junit.jupiter.api.Test;

/** Issue 12 item 17: a replay's funding countdown said "due" for a whole poll; it counts to the next one. */
class ReplayFundingTest {
    @Test
    void aPastSettlementRollsToTheNextOneAfterNow() {
        Instant next = Instant.parse("2022-05-01T08:00:00Z");
        Duration eight = Duration.ofHours(8);
        assertThat(HedgeRows.rollPast(next, eight, Instant.parse("2022-05-01T07:59:00Z"))).isEqualTo(next);
        assertThat(HedgeRows.rollPast(next, eight, Instant.parse("2022-05-01T08:00:00Z")))
                .isEqualTo(Instant.parse("2022-05-01T16:00:00Z"));
        assertThat(HedgeRows.rollPast(next, eight, Instant.parse("2022-05-02T03:00:00Z")))
                .isEqualTo(Instant.parse("2022-05-02T08:00:00Z"));
    }

    @Test
    void theEngineRollsOnlyAReplaysSettlement() throws Exception {
        Book book = BookLoader.parse("holdings:\n  - {token: SOL, units: 1000}\nhedges:\n"
                + "  - {id: sol-perp, covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -900}\n",
                "book.yaml", Optional.empty());
        Instant now = Instant.parse("2022-05-01T10:00:00Z");
        FuturesQuote q = new FuturesQuote(150, OptionalDouble.empty(), OptionalDouble.of(0.0001),
                Optional.of(Instant.parse("2022-05-01T08:00:00Z")), Optional.of(Duration.ofHours(8)), now);
        for (String source : new String[] {"replay", "binance"}) {
            MarketSnapshot m = new MarketSnapshot(now, Map.of("SOL", 150.0), Map.of("SOLUSDT", q), Map.of(),
                    Map.of(), Map.of(), Map.of(), source, "live");
            HedgeRow h = new RiskEngine().evaluate(book, m, now).hedges().get(0);
            assertThat(h.nextFundingTime()).as(source).contains(source.equals("replay")
                    ? Instant.parse("2022-05-01T16:00:00Z") : Instant.parse("2022-05-01T08:00:00Z"));
        }
    }
}
