package org.hedgetop.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.CorrelationMatrix;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.ScenarioResult;
import org.hedgetop.risk.Scenarios;
import org.hedgetop.risk.SectorRow;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.risk.Totals;
import org.junit.jupiter.api.Test;

class ReportRenderTest {
    private static final OptionalDouble NA = OptionalDouble.empty();

    static RiskView view(String tokenName) {
        TokenRow sol = new TokenRow(tokenName, 100000, OptionalDouble.of(150), OptionalDouble.of(15_000_000),
                OptionalDouble.of(100), Optional.of("Layer-1"), OptionalDouble.of(0.81), NA, OptionalDouble.of(1.3),
                NA, OptionalDouble.of(72.5), OptionalDouble.of(-1.2), OptionalDouble.of(7),
                OptionalDouble.of(1_050_000), false, false);
        HedgeRow hedge = new HedgeRow("sol-perp", "SOLUSDT", "SOL", HedgeType.PERPETUAL, List.of("SOL"), Ratio.BETA,
                new HedgeRow.Size(OptionalDouble.of(150), OptionalDouble.of(150), 5, OptionalDouble.of(750),
                        OptionalDouble.of(15_000_000), OptionalDouble.of(1), 100, OptionalLong.of(20000), 19990,
                        OptionalLong.of(10), OptionalDouble.of(99.95), false, false),
                HedgeRow.Basket.NONE, new HedgeRow.Funding(OptionalDouble.of(0.0001), OptionalDouble.of(10.95),
                        Optional.of(Instant.parse("2026-11-02T08:00:00Z")), NA, NA, NA, NA),
                new HedgeRow.Basis(OptionalDouble.of(0.02), NA), HedgeRow.Liquidation.NONE,
                List.of("price_above 180"), false);
        return new RiskView(Instant.parse("2026-11-02T00:00:00Z"), "Book \u001b[2J", "USDT", Interval.D1, 30,
                "replay", "live", List.of(sol), List.of(hedge),
                new Totals(15_000_000, 14_992_500, 7_500, OptionalDouble.of(99.95), NA, 1_050_000),
                List.of(new SectorRow("Layer-1", 15_000_000, 100)),
                List.of(new Alert(Alert.Kind.EXIT_RULE, "sol-perp", "exit rule fired: price_above 180")),
                new Scenarios(-20, new ScenarioResult(-3_000_000.0000000005, 2_998_000, -2_000),
                        new ScenarioResult(-3_900_000, 3_897_400, -2_600)),
                CorrelationMatrix.empty());
    }

    @Test
    void jsonHasTheDocumentedFieldsWithNumbersAndNulls() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReport.render(view("SOL")));
        assertThat(fields(root)).containsSubsequence("time", "portfolio", "quote", "tokens", "hedges", "totals",
                "sectors", "alerts", "scenario");
        assertThat(fields(root.get("tokens").get(0))).contains("token", "units", "price", "exposure", "weight_pct",
                "sector", "rho_btc", "rho_eth", "beta_btc", "beta_eth", "volatility_pct");
        JsonNode h = root.get("hedges").get(0);
        assertThat(fields(h)).contains("id", "instrument", "underlying", "type", "covers", "mark", "spot",
                "contract_size", "contract_notional", "factor", "target_pct", "contracts_needed", "contracts_held",
                "order", "action", "coverage_pct", "over_hedged", "drift", "basket_rho", "basket_beta", "funding_rate",
                "funding_apr_pct", "next_funding_time", "funding_accrued", "basis_pct", "basis_annualized_pct",
                "liquidation_price", "liquidation_distance_pct", "exit_fired");
        assertThat(fields(root.get("totals"))).contains("exposure", "hedged_notional", "net_delta", "coverage_pct",
                "funding_accrued", "staking_carry_per_year");
        assertThat(h.get("contracts_needed").isIntegralNumber()).isTrue();
        assertThat(h.get("contracts_needed").asLong()).isEqualTo(20000);
        assertThat(h.get("contract_notional").isNumber()).isTrue();
        assertThat(h.get("funding_accrued").isNull()).isTrue();
        assertThat(root.get("tokens").get(0).get("rho_eth").isNull()).isTrue();
        assertThat(h.get("exit_fired").get(0).asText()).isEqualTo("price_above 180");
        assertThat(root.get("alerts").get(0).get("kind").asText()).isEqualTo("exit_rule");
        assertThat(fields(root.get("alerts").get(0))).containsExactly("kind", "flags", "subject", "message");
        assertThat(root.get("alerts").get(0).get("flags").toString()).isEqualTo("[\"exit_rule\"]");
        // a fired exit rule wins over sizing in words; the numeric order stays
        assertThat(h.get("action").asText()).isEqualTo("close 19990");
        assertThat(h.get("order").asLong()).isEqualTo(10);
        assertThat(root.get("scenario").get("shock_pct").asDouble()).isEqualTo(-20);
    }

    @Test
    void floatingNoiseIsRoundedAwayAndNumbersArePlain() throws Exception {
        String json = JsonReport.render(view("SOL"));
        assertThat(json).contains("\"spot_pnl\" : -3000000,").doesNotContain("E+").doesNotContain("NaN");
        assertThat(Num.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(Num.plain(2.5)).isEqualTo("2.5");
        assertThat(Num.plain(-0.0)).isEqualTo("0");
        assertThat(Num.plain(45.45454545454545)).isEqualTo("45.4545454545");
    }

    @Test
    void textHasEveryTableAndNoEscapeCodes() {
        String text = TextReport.render(view("SO\u001b]0;pwned\u0007L"));
        assertThat(text).contains("TOKENS", "HEDGES", "FUNDING, BASIS, MARGIN", "TOTALS", "SECTORS", "SCENARIO",
                "ALERTS", "close 19990", "EXIT: price_above 180", "n/a", "-3,000,000.00", "99.95");
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        assertThat(text).doesNotContain("\u001b");
    }

    @Test
    void textColumnsLineUp() {
        String text = TextReport.render(view("SOL"));
        String[] lines = text.split("\n");
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("token ")) {
                header = i;
                break;
            }
        }
        assertThat(header).isPositive();
        // right-aligned "exposure" column ends where its values end
        int end = lines[header].indexOf("exposure") + "exposure".length();
        assertThat(lines[header + 1].substring(0, end)).endsWith("15,000,000.00");
    }

    @Test
    void ordersAreSpelledAsTradersSayThem() {
        assertThat(TextReport.order(OptionalLong.of(12))).isEqualTo("sell 12");
        assertThat(TextReport.order(OptionalLong.of(-3))).isEqualTo("buy 3");
        assertThat(TextReport.order(OptionalLong.of(0))).isEqualTo("-");
        assertThat(TextReport.order(OptionalLong.empty())).isEqualTo("n/a");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
