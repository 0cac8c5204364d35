package org.hedgetop.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.junit.jupiter.api.Test;

/** Issue 12 items 1 and 2 in the report: null where nothing is priced, partial and missing (DOMAIN.md 5). */
class PartialReportTest {
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static RiskView view(Map<String, Double> spot, Map<String, FuturesQuote> futures) throws Exception {
        Book book = BookLoader.parse("name: Trust book\nholdings:\n  - {token: SOL, units: 1000}\n"
                + "  - {token: ETH, units: 10}\nhedges:\n"
                + "  - {id: sol-perp, covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -900}\n",
                "book.yaml", Optional.empty());
        MarketSnapshot m = new MarketSnapshot(NOW, spot, futures, Map.of(), Map.of(), Map.of(), Map.of(), "test",
                "live");
        return new RiskEngine().evaluate(book, m, NOW);
    }

    static FuturesQuote mark(double m) {
        return new FuturesQuote(m, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                NOW);
    }

    @Test
    void nothingPricedIsNullNeverZero() throws Exception {
        JsonNode j = new ObjectMapper().readTree(JsonReport.render(view(Map.of(), Map.of())));
        assertThat(j.get("totals").get("exposure").isNull()).isTrue();
        assertThat(j.get("totals").get("hedged_notional").isNull()).isTrue();
        assertThat(j.get("totals").get("net_delta").isNull()).isTrue();
        assertThat(j.get("totals").get("coverage_pct").isNull()).isTrue();
        assertThat(j.get("partial").asBoolean()).isTrue();
        assertThat(j.get("missing").toString()).isEqualTo("[\"SOL\",\"ETH\"]");
        for (String s : new String[] {"uniform", "market"}) {
            JsonNode leg = j.get("scenario").get(s);
            assertThat(leg.get("spot_pnl").isNull() && leg.get("hedge_pnl").isNull() && leg.get("net_pnl").isNull())
                    .as(s).isTrue();
        }
        assertThat(j.get("hedges").get(0).get("status").asText()).isEqualTo("no_mark");
        assertThat(j.get("tokens").get(0).get("status").asText()).isEqualTo("no_price");
    }

    @Test
    void partialTotalsCoverThePricedTokensAndSaySo() throws Exception {
        JsonNode j = new ObjectMapper().readTree(JsonReport.render(view(Map.of("ETH", 3000.0),
                Map.of("SOLUSDT", mark(150.0)))));
        // 10 ETH x 3,000 = 30,000; 900 x 150 = 135,000 hedged; net 30,000 - 135,000 = -105,000; 450 %
        assertThat(j.get("totals").get("exposure").asDouble()).isEqualTo(30_000.0);
        assertThat(j.get("totals").get("hedged_notional").asDouble()).isEqualTo(135_000.0);
        assertThat(j.get("totals").get("net_delta").asDouble()).isEqualTo(-105_000.0);
        assertThat(j.get("totals").get("coverage_pct").asDouble()).isEqualTo(450.0);
        assertThat(j.get("partial").asBoolean()).isTrue();
        assertThat(j.get("missing").toString()).isEqualTo("[\"SOL\"]");
        assertThat(j.get("hedges").get(0).get("status").asText()).isEqualTo("no_spot");
        String text = TextReport.render(view(Map.of("ETH", 3000.0), Map.of("SOLUSDT", mark(150.0))));
        assertThat(text).contains("partial: SOL without price (left out of the totals)");
    }

    @Test
    void aCompleteBookIsNotPartial() throws Exception {
        JsonNode j = new ObjectMapper().readTree(JsonReport.render(view(Map.of("ETH", 3000.0, "SOL", 150.0),
                Map.of("SOLUSDT", mark(150.0)))));
        assertThat(j.get("partial").asBoolean()).isFalse();
        assertThat(j.get("missing").toString()).isEqualTo("[]");
        assertThat(j.get("totals").get("exposure").asDouble()).isEqualTo(180_000.0);
    }

    @Test
    void theReportSaysWhatTheScreenSays() throws Exception {
        // issue 12 item 18: "ratio":"beta" for a direct hedge, staking 0.00 beside funding n/a
        RiskView v = view(Map.of("ETH", 3000.0, "SOL", 150.0), Map.of("SOLUSDT", mark(150.0)));
        JsonNode j = new ObjectMapper().readTree(JsonReport.render(v));
        assertThat(j.get("hedges").get(0).get("ratio").asText()).isEqualTo("direct");
        assertThat(j.get("totals").get("staking_carry_per_year").isNull()).as("nothing stakes").isTrue();
        assertThat(j.get("totals").get("funding_accrued").isNull()).isTrue();
        String text = TextReport.render(v);
        assertThat(text.lines().filter(l -> l.startsWith("Trust book"))).containsExactly("Trust book  (USDT, source test, live)");
        String totals = text.substring(text.indexOf("TOTALS"), text.indexOf("SECTORS"));
        assertThat(totals).containsPattern("75.00 +n/a +n/a\n"); // funding and staking n/a, not 0.00
    }

    @Test
    void aOneShotReportNamesNeitherTheSourceTwiceNorARetryItWillNotWaitFor() throws Exception {
        RiskView live = view(Map.of("ETH", 3000.0, "SOL", 150.0), Map.of("SOLUSDT", mark(150.0)));
        RiskView offline = new RiskView(live.time(), live.portfolio(), live.quote(), live.interval(), live.window(),
                "binance", "offline: Binance did not answer in time (/api/v3/ticker/price); next try in 10 s",
                live.tokens(), live.hedges(), live.totals(), live.sectors(), live.alerts(), live.scenario(),
                live.correlations());
        assertThat(TextReport.render(offline).lines().findFirst().orElseThrow()).isEqualTo("Trust book  (USDT, source "
                + "binance, offline: Binance did not answer in time (/api/v3/ticker/price))");
        RiskView replay = new RiskView(live.time(), live.portfolio(), live.quote(), live.interval(), live.window(),
                "replay", "replay", live.tokens(), live.hedges(), live.totals(), live.sectors(), live.alerts(),
                live.scenario(), live.correlations());
        assertThat(TextReport.render(replay).lines().findFirst().orElseThrow())
                .isEqualTo("Trust book  (USDT, source replay)");
    }
}
