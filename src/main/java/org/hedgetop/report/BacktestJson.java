package org.hedgetop.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.backtest.BacktestResult;
import org.hedgetop.backtest.Outcome;
import org.hedgetop.book.Ratio;
import org.hedgetop.text.Safe;

/**
 * A backtest as JSON (DOMAIN.md section 10): one object, or {@code {"runs": [...]}} for several. Besides the
 * contract's fields each run says its {@code ratio} (the one forced on proxy hedges, null = each hedge's own), so
 * that the runs of a {@code --ratio} comparison can be told apart.
 */
public final class BacktestJson {
    private static final JsonFactory JSON = new JsonFactory();

    private BacktestJson() {
    }

    public static String render(List<BacktestResult> runs) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            if (runs.size() == 1) {
                run(g, runs.get(0));
            } else {
                g.writeStartObject();
                g.writeArrayFieldStart("runs");
                for (BacktestResult r : runs) {
                    run(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void run(JsonGenerator g, BacktestResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("from", r.from().toString());
        g.writeStringField("to", r.to().toString());
        g.writeStringField("interval", r.interval().label());
        g.writeStringField("rebalance", r.policy().label());
        if (r.ratio().isPresent()) {
            g.writeStringField("ratio", r.ratio().map(Ratio::label).get());
        } else {
            g.writeNullField("ratio");
        }
        number(g, "fee_bps", OptionalDouble.of(r.feeBps()));
        g.writeArrayFieldStart("hedges");
        for (Outcome o : r.hedges()) {
            g.writeStartObject();
            g.writeStringField("id", Safe.text(o.id()));
            fields(g, o);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("book");
        fields(g, r.book());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, Outcome o) throws IOException {
        number(g, "spot_pnl", o.spotPnl());
        number(g, "hedge_price_pnl", o.hedgePricePnl());
        number(g, "funding", o.funding());
        number(g, "fees", OptionalDouble.of(o.fees()));
        number(g, "hedge_pnl", o.hedgePnl());
        number(g, "net_pnl", o.netPnl());
        g.writeNumberField("trades", o.trades());
        number(g, "turnover", OptionalDouble.of(o.turnover()));
        number(g, "effectiveness", o.effectiveness());
        number(g, "worst_interval_hedged", o.worstIntervalHedged());
        number(g, "worst_interval_unhedged", o.worstIntervalUnhedged());
        number(g, "max_drawdown_hedged", o.maxDrawdownHedged());
        number(g, "max_drawdown_unhedged", o.maxDrawdownUnhedged());
    }

    private static void number(JsonGenerator g, String field, OptionalDouble v) throws IOException {
        if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
            g.writeNumberField(field, Num.decimal(v.getAsDouble()));
        } else {
            g.writeNullField(field);
        }
    }
}
