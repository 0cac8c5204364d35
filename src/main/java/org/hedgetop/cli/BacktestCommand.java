package org.hedgetop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hedgetop.backtest.Backtest;
import org.hedgetop.backtest.BacktestResult;
import org.hedgetop.backtest.FillsOut;
import org.hedgetop.backtest.Policy;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.Ratio;
import org.hedgetop.market.MarketException;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.history.HistoryCache;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.market.replay.ReplayFormatException;
import org.hedgetop.report.BacktestJson;
import org.hedgetop.report.BacktestText;
import org.hedgetop.text.Safe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hedgetop backtest FILE --from T1 --to T2}: replays hedge policies over history (DOMAIN.md section 10). */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replay a hedge policy over the book's history: P&L split, trades, hedge effectiveness.",
        footer = {"", "Exit codes: 0 done, 1 market data or writing failed, 2 bad file or option."})
final class BacktestCommand implements Callable<Integer> {
    enum Format { text, json }

    /** Sources whose poll(t) answers for any past t from history they hold. */
    static final List<String> WITH_HISTORY = List.of("replay", "simulated", "binance", "bybit");

    /** Where the exchange history is cached; the tests aim it (and the exchanges) elsewhere. */
    java.util.Map<String, String> env = System.getenv();
    java.util.function.Function<java.util.function.Consumer<String>, LiveOptions> liveOptions = LiveOptions::defaults;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "portfolio YAML file")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "T1",
            description = "first close (UTC time or date; rounded down to an interval close)")
    String from;

    @Option(names = "--to", required = true, paramLabel = "T2",
            description = "last close (UTC time or date; rounded down to an interval close)")
    String to;

    @Option(names = "--rebalance", paramLabel = "P[,P..]", defaultValue = "band",
            description = "never, band or every; several compare policies (default: ${DEFAULT-VALUE})")
    String rebalance;

    @Option(names = "--ratio", paramLabel = "R[,R..]",
            description = "one, correlation or beta forced on proxy hedges; several compare (default: the book's)")
    String ratio;

    @Option(names = "--fee-bps", paramLabel = "N", defaultValue = "5",
            description = "fee per trade in basis points of its notional (default: ${DEFAULT-VALUE})")
    double feeBps;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text or json")
    Format format;

    @Option(names = "--width", paramLabel = "N",
            description = "text output width: the chart stands beside the table when it fits (default: $COLUMNS,"
                    + " else 120)")
    Integer width;

    @Option(names = "--source", paramLabel = "S",
            description = "replay or simulated (default: the book's feed.source)")
    String source;

    @Option(names = "--write-fills", paramLabel = "OUT.yaml",
            description = "write the book with the backtest's trades as fills (needs exactly one run)")
    Path writeFills;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<BookFile> loaded = BookArgument.load(file, err);
        if (loaded.isEmpty()) {
            return Hedgetop.BAD_INPUT;
        }
        Book book = loaded.get().book();
        Instant t1;
        Instant t2;
        List<Policy> policies = new ArrayList<>();
        List<Optional<Ratio>> ratios = new ArrayList<>();
        try {
            t1 = time("--from", from);
            t2 = time("--to", to);
            for (String p : rebalance.split(",")) {
                policies.add(Policy.parse(p).orElseThrow(() -> new IllegalArgumentException(
                        "--rebalance: unknown policy \"" + Safe.text(p) + "\"; expected never, band or every")));
            }
            if (ratio == null) {
                ratios.add(Optional.empty());
            } else {
                for (String r : ratio.split(",")) {
                    Ratio value = Ratio.byLabel().get(r.trim().toLowerCase(Locale.ROOT));
                    if (value == null) {
                        throw new IllegalArgumentException("--ratio: unknown ratio \"" + Safe.text(r)
                                + "\"; expected one, correlation or beta");
                    }
                    ratios.add(Optional.of(value));
                }
            }
            if (!(feeBps >= 0) || Double.isInfinite(feeBps)) {
                throw new IllegalArgumentException("--fee-bps must be 0 or more, got " + feeBps);
            }
            if (width != null && (width < 40 || width > 1000)) {
                throw new IllegalArgumentException("--width must be 40 to 1000 columns, got " + width);
            }
            if (t2.isBefore(t1)) {
                throw new IllegalArgumentException("--to " + t2 + " is before --from " + t1);
            }
            if (writeFills != null && policies.size() * ratios.size() != 1) {
                throw new IllegalArgumentException("--write-fills needs exactly one run: give one --rebalance"
                        + " policy and at most one --ratio");
            }
        } catch (IllegalArgumentException e) {
            err.println("hedgetop: " + e.getMessage());
            return Hedgetop.BAD_INPUT;
        }
        String sourceName = (source != null ? source : book.feed().source()).toLowerCase(Locale.ROOT);
        if (!WITH_HISTORY.contains(sourceName)) {
            err.println("hedgetop: backtest runs over a replay file, the simulator or Binance or Bybit history"
                    + " (--source replay|simulated|binance|bybit); \"" + Safe.text(sourceName) + "\" history is not"
                    + " supported yet: record it with `hedgetop report --record FILE` or build a replay CSV");
            return Hedgetop.BAD_INPUT;
        }
        List<Instant> closes = Backtest.closes(book.feed().interval(), t1, t2);
        List<BacktestResult> runs = new ArrayList<>();
        // the source is built for the flat book: it keeps the funding of its look-back, the backtest sums close by close
        try (MarketSource market = open(Backtest.flat(book, closes.get(0), Optional.empty()), sourceName,
                closes, err)) {
            List<MarketSnapshot> snapshots = new ArrayList<>(closes.size());
            for (Instant c : closes) {
                snapshots.add(market.poll(c));
            }
            List<Backtest.Combination> combinations = new ArrayList<>();
            for (Optional<Ratio> r : ratios) {
                for (Policy p : policies) {
                    combinations.add(new Backtest.Combination(p, r));
                }
            }
            runs.addAll(Backtest.runAll(book, closes, snapshots, combinations, feeBps));
        } catch (ReplayFormatException e) {
            boolean venue = ExchangeHistory.VENUES.contains(sourceName); // no history sent is not the user's fault
            err.println("hedgetop: " + (venue ? "market data: " : "") + Safe.text(String.valueOf(e.getMessage()), 500));
            return venue ? Hedgetop.FAILURE : Hedgetop.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage()), 500));
            return Hedgetop.BAD_INPUT;
        } catch (MarketException | FeedException e) {
            err.println("hedgetop: market data: " + Safe.text(String.valueOf(e.getMessage()), 500));
            return Hedgetop.FAILURE;
        }
        out.print(format == Format.json ? BacktestJson.render(runs)
                : BacktestText.render(book.name(), book.quote(), runs, outputWidth()));
        out.flush();
        return writeFills == null ? Hedgetop.OK : write(loaded.get(), runs.get(0), err);
    }

    /** --width, else the terminal's COLUMNS when it is a sensible number, else 120. */
    private int outputWidth() {
        if (width != null) {
            return width;
        }
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            int c = Integer.parseInt(columns);
            if (c >= 40 && c <= 1000) {
                return c;
            }
        }
        return BacktestText.DEFAULT_WIDTH;
    }

    /** The replay or simulator as the monitor opens it; an exchange's history fetched once (or cached). */
    private MarketSource open(Book flat, String sourceName, List<Instant> closes, PrintWriter err)
            throws FeedException {
        java.util.function.Consumer<String> progress = message -> {
            err.println("hedgetop: " + Safe.text(message));
            err.flush();
        };
        if (!ExchangeHistory.VENUES.contains(sourceName)) {
            return Sources.open(flat, sourceName, progress);
        }
        ExchangeHistory.Loaded loaded = ExchangeHistory.open(flat, sourceName, closes.get(0),
                closes.get(closes.size() - 1), liveOptions.apply(progress), HistoryCache.defaultDir(env), progress);
        loaded.warnings().forEach(w -> err.println("hedgetop: note: " + Safe.text(w, 300)));
        err.println("hedgetop: " + sourceName + " history: " + loaded.requests() + " requests");
        err.flush();
        return loaded.source();
    }

    private int write(BookFile loaded, BacktestResult run, PrintWriter err) {
        String text;
        try {
            text = FillsOut.text(loaded, run);
        } catch (BookEditException e) {
            err.println("hedgetop: --write-fills: " + Safe.text(e.getMessage(), 500));
            return Hedgetop.BAD_INPUT;
        }
        try {
            Files.writeString(writeFills, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("hedgetop: cannot write " + Safe.text(writeFills.toString(), 500) + ": "
                    + BookArgument.reason(e));
            return Hedgetop.FAILURE;
        }
        Path in = loaded.path().toAbsolutePath().getParent();
        Path outDir = writeFills.toAbsolutePath().getParent();
        if (in != null && !in.equals(outDir) && loaded.book().feed().file().isPresent()) {
            err.println("hedgetop: note: " + Safe.text(writeFills.toString(), 500) + " is in another folder than "
                    + Safe.text(loaded.path().getFileName().toString()) + "; a relative feed.file in it now points"
                    + " there");
        }
        return Hedgetop.OK;
    }

    private static Instant time(String option, String text) {
        try {
            return ReportCommand.parseTime(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a UTC time like 2026-11-02T00:00:00Z or a date"
                    + " like 2026-11-02, got \"" + Safe.text(text) + "\"");
        }
    }
}
