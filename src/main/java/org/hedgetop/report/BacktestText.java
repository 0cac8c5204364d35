package org.hedgetop.report;

import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.backtest.BacktestResult;
import org.hedgetop.backtest.Outcome;
import org.hedgetop.book.Ratio;
import org.hedgetop.text.Safe;

/**
 * A backtest as text: per run a table of the hedges and the book, and a chart of the book's hedged against its
 * unhedged value; several runs are first compared one row per combination.
 */
public final class BacktestText {
    static final int CHART_WIDTH = 72;
    static final int CHART_HEIGHT = 12;

    private BacktestText() {
    }

    public static String render(String bookName, String quote, List<BacktestResult> runs) {
        StringBuilder out = new StringBuilder();
        BacktestResult first = runs.get(0);
        out.append("BACKTEST  ").append(Safe.text(bookName)).append("  ").append(first.from()).append(" .. ")
                .append(first.to()).append("  interval ").append(first.interval().label()).append("  ")
                .append(first.closes().size()).append(" closes  fee ").append(Num.plain(first.feeBps()))
                .append(" bps  (").append(Safe.text(quote)).append(")\n\n");
        if (runs.size() > 1) {
            TextTable t = new TextTable("REBALANCE", "RATIO", "HEDGE P&L>", "NET P&L>", "TRADES>", "TURNOVER>",
                    "EFFECT.>", "MAX DD HEDGED>", "MAX DD UNHEDGED>");
            for (BacktestResult r : runs) {
                Outcome b = r.book();
                t.row(r.policy().label(), ratio(r), Num.fixed(b.hedgePnl(), 0), Num.fixed(b.netPnl(), 0),
                        Integer.toString(b.trades()), Num.fixed(b.turnover(), 0), effect(b.effectiveness()),
                        Num.fixed(b.maxDrawdownHedged(), 0), Num.fixed(b.maxDrawdownUnhedged(), 0));
            }
            out.append("COMPARISON (book)\n");
            t.appendTo(out);
            out.append('\n');
        }
        for (BacktestResult r : runs) {
            run(out, r);
        }
        return out.toString();
    }

    private static void run(StringBuilder out, BacktestResult r) {
        out.append("REBALANCE ").append(r.policy().label()).append("  RATIO ").append(ratio(r)).append('\n');
        TextTable t = new TextTable("HEDGE", "SPOT P&L>", "PRICE P&L>", "FUNDING>", "FEES>", "HEDGE P&L>",
                "NET P&L>", "TRADES>", "TURNOVER>", "EFFECT.>", "WORST H>", "WORST U>", "MAX DD H>", "MAX DD U>");
        for (Outcome o : r.hedges()) {
            row(t, Safe.text(o.id()), o);
        }
        row(t, "book", r.book());
        t.appendTo(out);
        out.append('\n').append("value of the book: ").append(ValueChart.FIRST).append(" hedged  ")
                .append(ValueChart.SECOND).append(" unhedged  ").append(ValueChart.BOTH).append(" both\n");
        for (String line : ValueChart.draw(r.hedged(), r.unhedged(), CHART_WIDTH, CHART_HEIGHT)) {
            out.append(line).append('\n');
        }
        String from = r.from().toString().substring(0, 10);
        String to = r.to().toString().substring(0, 10);
        int pad = Math.max(1, Math.min(CHART_WIDTH, r.closes().size()) - from.length() - to.length());
        out.append(" ".repeat(axisWidth(r) + 2)).append(from).append(" ".repeat(pad)).append(to).append("\n\n");
    }

    private static int axisWidth(BacktestResult r) {
        List<String> lines = ValueChart.draw(r.hedged(), r.unhedged(), CHART_WIDTH, CHART_HEIGHT);
        int bar = lines.get(0).indexOf('┤');
        return Math.max(0, bar - 1);
    }

    private static void row(TextTable t, String id, Outcome o) {
        t.row(id, Num.fixed(o.spotPnl(), 0), Num.fixed(o.hedgePricePnl(), 0), Num.fixed(o.funding(), 0),
                Num.fixed(o.fees(), 0), Num.fixed(o.hedgePnl(), 0), Num.fixed(o.netPnl(), 0),
                Integer.toString(o.trades()), Num.fixed(o.turnover(), 0), effect(o.effectiveness()),
                Num.fixed(o.worstIntervalHedged(), 0), Num.fixed(o.worstIntervalUnhedged(), 0),
                Num.fixed(o.maxDrawdownHedged(), 0), Num.fixed(o.maxDrawdownUnhedged(), 0));
    }

    private static String effect(OptionalDouble e) {
        return Num.fixed(e, 3);
    }

    private static String ratio(BacktestResult r) {
        return r.ratio().map(Ratio::label).orElse("book");
    }
}
