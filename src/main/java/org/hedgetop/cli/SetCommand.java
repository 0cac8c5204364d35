package org.hedgetop.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookChange.Scope;
import org.hedgetop.book.BookChange;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookWriter;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Ratio;
import org.hedgetop.book.SaveResult;
import org.hedgetop.book.Settings;
import org.hedgetop.book.Spelling;
import org.hedgetop.text.Safe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hedgetop set FILE HEDGE_ID target_pct=50 position=-100}: the monitor's edit for scripts. Same
 * surgical, verified, atomic save (comments and layout stay, FILE.bak keeps the previous version).
 */
@Command(name = "set", mixinStandardHelpOptions = true, description = {
        "Change values of a hedge (or a setting) in place; comments and layout of the file stay as they are.",
        "Prints each change as \"ID KEY OLD -> NEW\". The previous file is kept as FILE.bak."},
        footer = {"", "Hedge keys: target_pct=N (0..300), position=N (contracts, negative = short),",
                "  ratio=beta|correlation|one, entry_price=N, leverage=N",
                "Settings (no HEDGE_ID needed): settings.shock_pct=N, settings.drift_tolerance_pct=N,",
                "  settings.target_step_pct=N, settings.maintenance_margin_pct=N, settings.liquidation_alert_pct=N,",
                "  settings.bell=true|false",
                "Example: hedgetop set book.yaml sol-perp target_pct=50 position=-10000",
                "Exit codes: 0 changed (or already so), 1 could not write, 2 bad file, hedge or value."})
final class SetCommand implements Callable<Integer> {
    static final List<String> HEDGE_KEYS = List.of("target_pct", "position", "ratio", "entry_price", "leverage");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "portfolio YAML file")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "HEDGE_ID|KEY=VALUE",
            description = "the hedge to change (by id), then one or more KEY=VALUE")
    List<String> words = new ArrayList<>();

    /** A usage or input problem: printed as one line, exit 2. */
    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<BookFile> read = BookArgument.load(file, err);
        if (read.isEmpty()) {
            return Hedgetop.BAD_INPUT;
        }
        BookFile loaded = read.get();
        List<BookChange> changes;
        try {
            Book edited = edit(loaded.book());
            changes = BookChange.between(loaded.book(), edited);
            BookWriter.apply(loaded.text(), loaded.book(), edited);
            if (changes.isEmpty()) {
                out.println("nothing to change: the values are already so");
                out.flush();
                return Hedgetop.OK;
            }
            SaveResult result = BookWriter.save(loaded, edited);
            if (!result.ok()) {
                err.println("hedgetop: " + result.message());
                err.flush();
                return Hedgetop.FAILURE;
            }
        } catch (BadInput | BookEditException e) {
            err.println("hedgetop: " + Safe.text(e.getMessage(), 1000));
            err.flush();
            return Hedgetop.BAD_INPUT;
        }
        changes.forEach(c -> out.println(Safe.text(c.describe(), 500)));
        out.flush();
        return Hedgetop.OK;
    }

    private Book edit(Book book) throws BadInput, BookEditException {
        Optional<String> hedgeId = Optional.empty();
        List<String[]> assignments = new ArrayList<>();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq < 0) {
                if (hedgeId.isPresent()) {
                    throw new BadInput("expected KEY=VALUE after the hedge id, got \"" + w + "\"");
                }
                hedgeId = Optional.of(w);
            } else {
                assignments.add(new String[] {w.substring(0, eq).trim(), w.substring(eq + 1).trim()});
            }
        }
        if (assignments.isEmpty()) {
            throw new BadInput("nothing to set: give KEY=VALUE, e.g. target_pct=50");
        }
        Book edited = book;
        for (String[] a : assignments) {
            edited = a[0].startsWith("settings.") ? setting(edited, a[0].substring(9), a[1])
                    : hedgeValue(edited, hedgeId, a[0], a[1]);
        }
        return edited;
    }

    private Book setting(Book book, String key, String value) throws BadInput, BookEditException {
        if (!Settings.KEYS.contains(key)) {
            throw new BadInput("unknown setting \"settings." + key + "\"" + Spelling.didYouMean(key, Settings.KEYS, "settings.")
                    + " (settings: " + String.join(", ", Settings.KEYS) + ")");
        }
        Object parsed = key.equals("bell") ? bool(key, value) : number(key, value).doubleValue();
        return new BookChange(Scope.SETTINGS, "", key, Optional.empty(), Optional.of(parsed)).applyTo(book);
    }

    private Book hedgeValue(Book book, Optional<String> id, String key, String value)
            throws BadInput, BookEditException {
        if (!HEDGE_KEYS.contains(key)) {
            throw new BadInput("unknown key \"" + key + "\"" + Spelling.didYouMean(key, HEDGE_KEYS, "")
                    + " (keys: " + String.join(", ", HEDGE_KEYS) + ", settings.KEY)");
        }
        List<String> ids = book.hedges().stream().map(Hedge::id).toList();
        if (id.isEmpty()) {
            throw new BadInput("which hedge? give its id before " + key + "= (hedges: " + String.join(", ", ids) + ")");
        }
        if (!ids.contains(id.get())) {
            throw new BadInput(file + ": no hedge \"" + id.get() + "\"" + Spelling.didYouMean(id.get(), ids, "")
                    + " (hedges: " + String.join(", ", ids) + ")");
        }
        Object parsed = switch (key) {
            case "position" -> whole(key, value);
            case "ratio" -> ratio(value);
            default -> number(key, value).doubleValue();
        };
        return new BookChange(Scope.HEDGE, id.get(), key, Optional.empty(), Optional.of(parsed)).applyTo(book);
    }

    private static BigDecimal number(String key, String value) throws BadInput {
        BigDecimal d;
        try {
            d = new BigDecimal(value);
            if (d.abs().compareTo(BigDecimal.valueOf(1e15)) > 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new BadInput(key + " must be a number such as 50 or 2.5, got \"" + value + "\"");
        }
        // what is written must be what was typed: 1e-400 became 0, 1.00000000000000001 became 1, and a
        // refusal quoted 0.12345678901234568 for 0.1234567890123456789
        double v = d.doubleValue();
        if (!Double.isFinite(v) || new BigDecimal(Double.toString(v)).compareTo(d) != 0
                || d.stripTrailingZeros().precision() > 15) {
            throw new BadInput(key + " = \"" + value + "\" cannot be stored as typed: give at most 15 significant "
                    + "digits (e.g. 0.123456789012345), and nothing smaller than 1e-300");
        }
        return d;
    }

    private static long whole(String key, String value) throws BadInput {
        try {
            return number(key, value).longValueExact();
        } catch (ArithmeticException | BadInput e) {
            throw new BadInput(key + " must be a whole number of contracts (negative = short), got \"" + value + "\"");
        }
    }

    private static Ratio ratio(String value) throws BadInput {
        Map<String, Ratio> ratios = Ratio.byLabel();
        Ratio r = ratios.get(value);
        if (r == null) {
            throw new BadInput("ratio must be one of: " + String.join(", ", ratios.keySet()) + ", got \"" + value + "\""
                    + Spelling.didYouMean(value, ratios.keySet(), ""));
        }
        return r;
    }

    private static boolean bool(String key, String value) throws BadInput {
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw new BadInput(key + " must be true or false, got \"" + value + "\"");
    }
}
