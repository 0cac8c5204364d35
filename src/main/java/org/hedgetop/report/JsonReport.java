package org.hedgetop.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.risk.ExchangeColumns;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.HedgePnl;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.PnlTotals;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.ScenarioResult;
import org.hedgetop.risk.SectorRow;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.risk.Totals;
import org.hedgetop.text.Safe;

/**
 * The report as one JSON object with exactly the field names of DOMAIN.md section 5, in that order.
 * Numbers are JSON numbers, never strings, never NaN; unknown values are null. The same writer, given
 * Jackson's YAML generator, gives {@code report --format yaml}: the same fields, order and values as a
 * YAML document (strings quoted, so a token named NO or 1e3 stays a string).
 */
public final class JsonReport {
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.SPLIT_LINES) // a long alert stays one line, as in the JSON
            .build();

    private JsonReport() {
    }

    public static String render(RiskView view) {
        return render(view, Map.of());
    }

    /** With the exchange account's figures per hedge id (a book with {@code account:}). */
    public static String render(RiskView view, Map<String, ExchangeColumns> exchange) {
        return write(JSON, view, exchange) + "\n";
    }

    /** The same report as a YAML document ({@code ---} first, one field a line). */
    public static String renderYaml(RiskView view) {
        return renderYaml(view, Map.of());
    }

    public static String renderYaml(RiskView view, Map<String, ExchangeColumns> exchange) {
        return write(YAML, view, exchange);
    }

    private static String write(JsonFactory factory, RiskView view, Map<String, ExchangeColumns> exchange) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            write(g, view, exchange);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, RiskView v, Map<String, ExchangeColumns> exchange)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("time", v.time().toString());
        g.writeStringField("portfolio", Safe.text(v.portfolio()));
        g.writeStringField("quote", Safe.text(v.quote()));
        g.writeStringField("source", Safe.text(v.source()));
        g.writeStringField("interval", v.interval().label());
        g.writeNumberField("window", v.window());
        g.writeArrayFieldStart("tokens");
        for (TokenRow t : v.tokens()) {
            token(g, t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("hedges");
        for (HedgeRow h : v.hedges()) {
            hedge(g, h, Optional.ofNullable(exchange.get(h.id())));
        }
        g.writeEndArray();
        totals(g, v.totals(), TextReport.stakes(v));
        g.writeArrayFieldStart("sectors");
        for (SectorRow s : v.sectors()) {
            g.writeStartObject();
            g.writeStringField("sector", Safe.text(s.sector()));
            number(g, "exposure", s.exposure());
            number(g, "weight_pct", s.weightPct());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("alerts");
        for (Alert a : v.alerts()) {
            g.writeStartObject();
            g.writeStringField("kind", a.kind().label());
            g.writeArrayFieldStart("flags");
            for (Alert.Kind f : a.flags()) {
                g.writeString(f.label());
            }
            g.writeEndArray();
            g.writeStringField("subject", Safe.text(a.subject()));
            g.writeStringField("message", Safe.text(a.message(), 500));
            g.writeEndObject();
        }
        g.writeEndArray();
        // DOMAIN.md section 5: the totals cover the priced tokens only, and say so
        g.writeBooleanField("partial", v.totals().partial());
        g.writeArrayFieldStart("missing");
        for (String token : v.totals().missing()) {
            g.writeString(Safe.text(token));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("scenario");
        number(g, "shock_pct", v.scenario().shockPct());
        scenario(g, "uniform", v.scenario().uniform(), v.totals());
        scenario(g, "market", v.scenario().market(), v.totals());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void token(JsonGenerator g, TokenRow t) throws IOException {
        g.writeStartObject();
        g.writeStringField("token", Safe.text(t.token()));
        number(g, "units", t.units());
        number(g, "price", t.price());
        number(g, "exposure", t.exposure());
        number(g, "weight_pct", t.weightPct());
        string(g, "sector", t.sector());
        number(g, "rho_btc", t.rhoBtc());
        number(g, "rho_eth", t.rhoEth());
        number(g, "beta_btc", t.betaBtc());
        number(g, "beta_eth", t.betaEth());
        number(g, "volatility_pct", t.volatilityPct());
        number(g, "change_pct", t.changePct());
        number(g, "staking_apy_pct", t.stakingApyPct());
        number(g, "staking_carry_per_year", t.stakingCarryPerYear());
        number(g, "cost_price", t.costPrice());
        number(g, "spot_pnl", t.spotPnl());
        g.writeStringField("status", t.noMarket() ? "no_market" : t.price().isEmpty() ? "no_price"
                : t.stale() ? "stale" : "ok");
        g.writeEndObject();
    }

    private static void hedge(JsonGenerator g, HedgeRow h, Optional<ExchangeColumns> exchange) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", Safe.text(h.id()));
        g.writeStringField("instrument", Safe.text(h.instrument()));
        g.writeStringField("underlying", Safe.text(h.underlying()));
        g.writeStringField("type", h.type().label());
        g.writeArrayFieldStart("covers");
        for (String c : h.covers()) {
            g.writeString(Safe.text(c));
        }
        g.writeEndArray();
        number(g, "mark", h.mark());
        number(g, "spot", h.spot());
        number(g, "contract_size", h.contractSize());
        number(g, "contract_notional", h.contractNotional());
        // a direct hedge has no ratio to speak of: the screen says "direct", so does the report
        g.writeStringField("ratio", h.covers().equals(java.util.List.of(h.underlying())) ? "direct" : h.ratio().label());
        number(g, "factor", h.factor());
        number(g, "target_pct", h.targetPct());
        number(g, "contracts_needed", h.contractsNeeded());
        g.writeNumberField("contracts_held", h.contractsHeld());
        number(g, "order", h.order());
        g.writeStringField("action", h.action());
        number(g, "coverage_pct", h.coveragePct());
        g.writeBooleanField("over_hedged", h.overHedged());
        g.writeBooleanField("drift", h.drift());
        number(g, "basket_rho", h.basketRho());
        number(g, "basket_beta", h.basketBeta());
        number(g, "funding_rate", h.fundingRate());
        number(g, "funding_apr_pct", h.fundingAprPct());
        time(g, "next_funding_time", h.nextFundingTime());
        number(g, "funding_accrued", h.fundingAccrued());
        number(g, "funding_carry_per_year", h.fundingCarryPerYear());
        number(g, "basis_pct", h.basisPct());
        number(g, "basis_annualized_pct", h.basisAnnualizedPct());
        number(g, "liquidation_price", h.liquidationPrice());
        number(g, "liquidation_distance_pct", h.liquidationDistancePct());
        g.writeArrayFieldStart("exit_fired");
        for (String e : h.exitFired()) {
            g.writeString(Safe.text(e));
        }
        g.writeEndArray();
        HedgePnl p = h.pnl();
        g.writeNumberField("position", p.position());
        number(g, "entry_price", p.entryPrice());
        number(g, "realized_pnl", p.realizedPnl());
        number(g, "unrealized_pnl", p.unrealizedPnl());
        number(g, "fees", p.fees());
        number(g, "hedge_pnl", p.hedgePnl());
        g.writeNumberField("fills", p.fills());
        time(g, "first_fill_time", p.firstFillTime());
        g.writeNumberField("funding_settlements", p.settlements());
        g.writeStringField("status", h.noMarket() ? "no_market" : h.mark().isEmpty() ? "no_mark"
                : h.coveredExposure().isEmpty() ? "no_spot" : "ok");
        if (exchange.isPresent()) {
            exchange(g, exchange.get());
        }
        g.writeEndObject();
    }

    /** DOMAIN.md section 8: the account's view of the hedge's instrument. */
    private static void exchange(JsonGenerator g, ExchangeColumns x) throws IOException {
        number(g, "exchange_position", x.position());
        number(g, "exchange_entry_price", x.entryPrice());
        number(g, "exchange_liquidation_price", x.liquidationPrice());
        number(g, "exchange_funding", x.funding());
        time(g, "exchange_funding_since", x.fundingSince());
        if (x.reconciled().isPresent()) {
            g.writeBooleanField("reconciled", x.reconciled().get());
        } else {
            g.writeNullField("reconciled");
        }
    }

    private static void totals(JsonGenerator g, Totals t, boolean stakes) throws IOException {
        g.writeObjectFieldStart("totals");
        number(g, "exposure", t.exposure());
        number(g, "hedged_notional", t.hedgedNotional());
        number(g, "net_delta", t.netDelta());
        number(g, "coverage_pct", t.coveragePct());
        number(g, "funding_accrued", t.fundingAccrued());
        // null when no holding stakes, as funding_accrued is when no hedge accrues
        number(g, "staking_carry_per_year", stakes ? OptionalDouble.of(t.stakingCarryPerYear()) : OptionalDouble.empty());
        PnlTotals p = t.pnl();
        number(g, "spot_pnl", p.spotPnl());
        number(g, "realized_pnl", p.realizedPnl());
        number(g, "unrealized_pnl", p.unrealizedPnl());
        number(g, "fees", p.fees());
        number(g, "hedge_pnl", p.hedgePnl());
        number(g, "net_pnl", p.netPnl());
        g.writeEndObject();
    }

    /** A leg that depends on prices of which none is known is null, not 0 (as the totals are). */
    private static void scenario(JsonGenerator g, String name, ScenarioResult r, Totals t) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "spot_pnl", t.exposure().isPresent() ? OptionalDouble.of(r.spotPnl()) : OptionalDouble.empty());
        number(g, "hedge_pnl", t.hedgedNotional().isPresent() ? OptionalDouble.of(r.hedgePnl())
                : OptionalDouble.empty());
        number(g, "net_pnl", t.netDelta().isPresent() ? OptionalDouble.of(r.netPnl()) : OptionalDouble.empty());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(field, Num.decimal(v));
        } else {
            g.writeNullField(field);
        }
    }

    private static void number(JsonGenerator g, String field, OptionalDouble v) throws IOException {
        if (v.isPresent()) {
            number(g, field, v.getAsDouble());
        } else {
            g.writeNullField(field);
        }
    }

    private static void number(JsonGenerator g, String field, OptionalLong v) throws IOException {
        if (v.isPresent()) {
            g.writeNumberField(field, v.getAsLong());
        } else {
            g.writeNullField(field);
        }
    }

    private static void string(JsonGenerator g, String field, Optional<String> v) throws IOException {
        if (v.isPresent()) {
            g.writeStringField(field, Safe.text(v.get()));
        } else {
            g.writeNullField(field);
        }
    }

    private static void time(JsonGenerator g, String field, Optional<Instant> v) throws IOException {
        if (v.isPresent()) {
            g.writeStringField(field, v.get().toString());
        } else {
            g.writeNullField(field);
        }
    }
}
