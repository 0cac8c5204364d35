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
    /** The output width when none is given (the terminal's COLUMNS, else this). */
    public static final int DEFAULT_WIDTH = 120;
    /** Spaces between the table and a chart beside it. */
    static final int GAP = 3;
    /** Fewer plot columns than this beside the table would say too little: the chart goes below instead. */
    static final int MIN_BESIDE = 24;
    static final String LEGEND = "value of the book: " + ValueChart.FIRST + " hedged  " + ValueChart.SECOND
            + " unhedged  " + ValueChart.BOTH + " both";
    static final String SHORT_LEGEND = ValueChart.FIRST + " hedged " + ValueChart.SECOND + " unhedged "
            + ValueChart.BOTH + " both";

    private BacktestText() {
    }

    public static String render(String bookName, String quote, List<BacktestResult> runs) {
        return render(bookName, quote, runs, DEFAULT_WIDTH);
    }

    /**
     * @param width the output's width in columns: each run's chart stands beside its table when at least
     *              {@link #MIN_BESIDE} plot columns fit there, below it otherwise (at most {@link #CHART_WIDTH})
     */
    public static String render(String bookName, String quote, List<BacktestResult> runs, int width) {
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
            run(out, r, width);
        }
        return out.toString();
    }

    private static void run(StringBuilder out, BacktestResult r, int width) {
        out.append("REBALANCE ").append(r.policy().label()).append("  RATIO ").append(ratio(r)).append('\n');
        TextTable t = new TextTable("HEDGE", "SPOT P&L>", "PRICE P&L>", "FUNDING>", "FEES>", "HEDGE P&L>",
                "NET P&L>", "TRADES>", "TURNOVER>", "EFFECT.>", "WORST H>", "WORST U>", "MAX DD H>", "MAX DD U>");
        for (Outcome o : r.hedges()) {
            row(t, Safe.text(o.id()), o);
        }
        row(t, "book", r.book());
        StringBuilder tableText = new StringBuilder();
        t.appendTo(tableText);
        List<String> table = List.of(tableText.toString().split("\n"));
        int tableWidth = table.stream().mapToInt(String::length).max().orElse(0);
        int axis = axisWidth(r) + 2; // the value labels and " ┤"
        int beside = width - tableWidth - GAP - axis;
        if (beside >= MIN_BESIDE) {
            List<String> chart = chart(r, Math.min(CHART_WIDTH, beside), axis, width - tableWidth - GAP);
            for (int i = 0; i < Math.max(table.size(), chart.size()); i++) {
                String left = i < table.size() ? table.get(i) : "";
                String right = i < chart.size() ? chart.get(i) : "";
                out.append((left + " ".repeat(tableWidth - left.length() + GAP) + right).stripTrailing()).append('\n');
            }
            out.append('\n');
            return;
        }
        table.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        chart(r, Math.max(8, Math.min(CHART_WIDTH, width - axis)), axis, width)
                .forEach(line -> out.append(line).append('\n'));
        out.append('\n');
    }

    /** The legend, the plot and its date axis: {@code cols} plot columns after {@code axis} columns of labels. */
    private static List<String> chart(BacktestResult r, int cols, int axis, int room) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(LEGEND.length() <= room ? LEGEND : SHORT_LEGEND);
        lines.addAll(ValueChart.draw(r.hedged(), r.unhedged(), cols, CHART_HEIGHT));
        String from = r.from().toString().substring(0, 10);
        String to = r.to().toString().substring(0, 10);
        int pad = Math.max(1, Math.min(cols, r.closes().size()) - from.length() - to.length());
        lines.add(" ".repeat(axis) + from + " ".repeat(pad) + to);
        return lines;
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
