package org.hedgetop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.hedgetop.cli.Hedgetop;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md section 3, end to end: the example books in portfolios/ go through the command line,
 * the replay source, the engine and the JSON report, and the numbers of the contract come out.
 */
class WorkedExamplesTest {
    private static JsonNode report(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 3];
        full[0] = "report";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--format";
        full[args.length + 2] = "json";
        int code = Hedgetop.execute(full, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static JsonNode hedge(JsonNode report, String id) {
        for (JsonNode h : report.get("hedges")) {
            if (h.get("id").asText().equals(id)) {
                return h;
            }
        }
        throw new AssertionError("no hedge " + id);
    }

    @Test
    void example1DirectHedgeNeeds200Contracts() throws Exception {
        JsonNode r = report("portfolios/example-1-direct.yaml");
        JsonNode h = hedge(r, "XUSDT");
        assertThat(r.get("tokens").get(0).get("exposure").asDouble()).isEqualTo(100_000);
        assertThat(h.get("contract_notional").asDouble()).isEqualTo(500);
        assertThat(h.get("contracts_needed").asLong()).isEqualTo(200);
        assertThat(h.get("order").asLong()).isEqualTo(200);
    }

    @Test
    void example2SolNeeds20000ContractsAndTheUniformShockNetsZero() throws Exception {
        JsonNode r = report("portfolios/example-2-sol.yaml");
        JsonNode h = hedge(r, "sol-perp");
        assertThat(r.get("totals").get("exposure").asDouble()).isEqualTo(15_000_000);
        assertThat(h.get("contract_notional").asDouble()).isEqualTo(750);
        assertThat(h.get("contracts_needed").asLong()).isEqualTo(20_000);
        assertThat(h.get("order").asLong()).isZero();
        JsonNode uniform = r.get("scenario").get("uniform");
        assertThat(r.get("scenario").get("shock_pct").asDouble()).isEqualTo(-20);
        assertThat(uniform.get("spot_pnl").asDouble()).isEqualTo(-3_000_000);
        assertThat(uniform.get("hedge_pnl").asDouble()).isEqualTo(3_000_000);
        assertThat(uniform.get("net_pnl").asDouble()).isZero();
    }

    @Test
    void example3LinearHedgeKeepsItsRatioAsThePriceRises() throws Exception {
        JsonNode before = hedge(report("portfolios/example-3-drift.yaml", "--at", "2026-11-02T00:00:00Z"), "x-perp");
        assertThat(before.get("mark").asDouble()).isEqualTo(2.00);
        assertThat(before.get("contracts_needed").asLong()).isEqualTo(100);
        assertThat(before.get("coverage_pct").asDouble()).isEqualTo(50);

        JsonNode r = report("portfolios/example-3-drift.yaml");
        JsonNode after = hedge(r, "x-perp");
        assertThat(r.get("tokens").get(0).get("exposure").asDouble()).isEqualTo(110_000);
        assertThat(after.get("contract_notional").asDouble()).isEqualTo(550);
        assertThat(after.get("contracts_needed").asLong()).isEqualTo(100);
        assertThat(after.get("coverage_pct").asDouble()).isEqualTo(50);
        assertThat(after.get("order").asLong()).isZero();
        assertThat(after.get("drift").asBoolean()).isFalse();
    }

    @Test
    void example3StakingGrowthCallsForSellTenWithinTolerance() throws Exception {
        JsonNode r = report("portfolios/example-3-staked.yaml");
        JsonNode h = hedge(r, "x-perp");
        assertThat(r.get("tokens").get(0).get("exposure").asDouble()).isEqualTo(121_000);
        assertThat(h.get("contracts_needed").asLong()).isEqualTo(110);
        assertThat(h.get("order").asLong()).isEqualTo(10);
        assertThat(h.get("coverage_pct").asDouble()).isCloseTo(45.45, within(0.005));
        assertThat(h.get("drift").asBoolean()).isFalse();
        assertThat(h.get("over_hedged").asBoolean()).isFalse();
    }

    @Test
    void example4ProxyBasketNeeds100Or140Or80ContractsByRatio() throws Exception {
        JsonNode r = report("portfolios/example-4-proxy.yaml");
        assertThat(r.get("totals").get("exposure").asDouble()).isCloseTo(30_000, within(1e-6));
        assertThat(hedge(r, "eth-one").get("contracts_needed").asLong()).isEqualTo(100);
        assertThat(hedge(r, "eth-beta").get("contracts_needed").asLong()).isEqualTo(140);
        assertThat(hedge(r, "eth-corr").get("contracts_needed").asLong()).isEqualTo(80);
        JsonNode beta = hedge(r, "eth-beta");
        assertThat(beta.get("contract_notional").asDouble()).isCloseTo(300, within(1e-9));
        assertThat(beta.get("basket_beta").asDouble()).isCloseTo(1.4, within(1e-9));
        assertThat(beta.get("basket_rho").asDouble()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void aSimulatedReportIsTheSameEveryTimeForTheSameSeedAndTime() throws Exception {
        JsonNode first = report("portfolios/demo.yaml", "--at", "2026-11-20T12:00:00Z");
        JsonNode second = report("portfolios/demo.yaml", "--at", "2026-11-20T12:00:00Z");
        JsonNode later = report("portfolios/demo.yaml", "--at", "2026-11-20T12:05:00Z");
        assertThat(second).isEqualTo(first);
        assertThat(later.get("tokens")).isNotEqualTo(first.get("tokens"));
        assertThat(first.get("tokens").get(0).get("rho_btc").isNumber()).isTrue();
    }
}
