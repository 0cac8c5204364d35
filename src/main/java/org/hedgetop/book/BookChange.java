package org.hedgetop.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One value that differs between two versions of a book, e.g. {@code sol-perp target_pct 100 -> 50}.
 * Only scalar values are changes; adding or removing holdings or hedges, renaming a hedge or changing what
 * it covers is a structural edit that the monitor does not make and the writer refuses.
 *
 * @param scope   which part of the book holds the value
 * @param owner   hedge id or holding token; empty for book, feed and settings values
 * @param key     YAML key of the value inside its owner, {@code exit.after} for exit rules
 * @param before  value before (empty: absent / none)
 * @param after   value after (empty: absent / none)
 */
public record BookChange(Scope scope, String owner, String key, Optional<Object> before, Optional<Object> after) {
    /** Where a changed value lives in the file. */
    public enum Scope { BOOK, FEED, SETTINGS, HOLDING, HEDGE }

    private static final Set<String> BOOK_FIXED = Set.of("file", "feed", "holdings", "hedges", "settings", "account");
    private static final Set<String> FEED_FIXED = Set.of("file");
    private static final Set<String> HOLDING_FIXED = Set.of("token", "location");
    private static final Set<String> HEDGE_FIXED = Set.of("id", "covers", "exit", "location", "fills");
    /** YAML keys a hedge with fills must not set. */
    private static final Set<String> DERIVED = Set.of("position", "entry_price", "opened");
    /** With fills, these are derived from them (DOMAIN.md section 7) and never written. */
    private static final Set<String> HEDGE_DERIVED = Set.of("id", "covers", "exit", "location", "fills", "position",
            "entryPrice", "opened");

    /** What changed, for the status bar and {@code hedgetop set}: {@code sol-perp target_pct 100 -> 50}. */
    public String describe() {
        if (key.equals(FillsEdit.KEY)) {
            return subject() + " " + FillsEdit.describe(before) + " -> " + FillsEdit.describe(after);
        }
        return subject() + " " + format(before) + " -> " + format(after);
    }

    /** {@code sol-perp target_pct}, {@code settings.shock_pct}, {@code feed.source}, {@code name}. */
    public String subject() {
        return switch (scope) {
            case BOOK -> key;
            case FEED -> "feed." + key;
            case SETTINGS -> "settings." + key;
            case HOLDING, HEDGE -> owner + " " + key;
        };
    }

    /** The value as the file would spell it: plain numbers ({@code 2.5}, {@code 100}), labels for enums. */
    public static String format(Optional<Object> value) {
        return value.map(BookChange::plain).orElse("(none)");
    }

    static String plain(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return String.valueOf(d);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    /** The changes from {@code a} to {@code b} in one line, e.g. {@code sol-perp target_pct 100 -> 50, ...}. */
    public static String summary(Book a, Book b) {
        try {
            return String.join(", ", between(a, b).stream().map(BookChange::describe).toList());
        } catch (BookEditException e) {
            return e.getMessage();
        }
    }

    /** Every scalar that differs from {@code before} to {@code after}, in file order. */
    public static List<BookChange> between(Book before, Book after) throws BookEditException {
        List<BookChange> out = new ArrayList<>();
        compare(Scope.BOOK, "", "", before, after, BOOK_FIXED, out);
        // account: is compared without its location: an edit above it (a fill appended) moves it down a line
        if (!before.account().map(BookChange::unlocated).equals(after.account().map(BookChange::unlocated))) {
            throw new BookEditException("account cannot be changed in place; edit the file");
        }
        if (!before.feed().file().equals(after.feed().file())) {
            throw new BookEditException("feed.file cannot be changed in place");
        }
        compare(Scope.FEED, "", "", before.feed(), after.feed(), FEED_FIXED, out);
        List<String> tokens = before.holdings().stream().map(Holding::token).toList();
        if (!tokens.equals(after.holdings().stream().map(Holding::token).toList())) {
            throw new BookEditException("holdings were added, removed or reordered; edit the file to do that");
        }
        for (int i = 0; i < tokens.size(); i++) {
            compare(Scope.HOLDING, tokens.get(i), "", before.holdings().get(i), after.holdings().get(i),
                    HOLDING_FIXED, out);
        }
        List<String> ids = before.hedges().stream().map(Hedge::id).toList();
        if (!ids.equals(after.hedges().stream().map(Hedge::id).toList())) {
            throw new BookEditException("hedges were added, removed, renamed or reordered; edit the file to do that");
        }
        for (int i = 0; i < ids.size(); i++) {
            Hedge a = before.hedges().get(i);
            Hedge b = after.hedges().get(i);
            if (!a.covers().equals(b.covers())) {
                throw new BookEditException(a.id() + " covers cannot be changed in place");
            }
            boolean ledger = a.hasFills() || b.hasFills();
            compare(Scope.HEDGE, a.id(), "", a, b, ledger ? HEDGE_DERIVED : HEDGE_FIXED, out);
            FillsEdit.between(a, b).ifPresent(out::add);
            compare(Scope.HEDGE, a.id(), "exit.", a.exit(), b.exit(), Set.of(), out);
        }
        compare(Scope.SETTINGS, "", "", before.settings(), after.settings(), Set.of(), out);
        return out;
    }

    private static AccountSpec unlocated(AccountSpec a) {
        return new AccountSpec(a.venue(), a.address(), a.syncSeconds(), a.keyFile(), a.allowTradingKey(),
                SourcePos.NONE);
    }

    private static void compare(Scope scope, String owner, String prefix, Record a, Record b, Set<String> fixed,
                                List<BookChange> out) {
        for (String key : RecordFields.keys(a.getClass(), fixed)) {
            Optional<Object> x = RecordFields.get(a, key);
            Optional<Object> y = RecordFields.get(b, key);
            if (!Objects.equals(x, y)) {
                out.add(new BookChange(scope, owner, prefix + key, x, y));
            }
        }
    }

    /** {@code book} with this change's new value; used to carry the user's edits onto a newer file. */
    public Book applyTo(Book book) throws BookEditException {
        switch (scope) {
            case BOOK:
                return RecordFields.with(book, key, after);
            case FEED:
                return book.withFeed(RecordFields.with(book.feed(), key, after));
            case SETTINGS:
                return book.withSettings(RecordFields.with(book.settings(), key, after));
            case HOLDING: {
                Holding h = book.holding(owner).orElseThrow(() -> new BookEditException("no holding " + owner));
                List<Holding> copy = new ArrayList<>(book.holdings());
                copy.set(copy.indexOf(h), RecordFields.with(h, key, after));
                return RecordFields.with(book, "holdings", Optional.of(List.copyOf(copy)));
            }
            default: {
                Hedge h = book.hedge(owner).orElseThrow(() -> new BookEditException("no hedge " + owner));
                if (h.hasFills() && DERIVED.contains(key)) {
                    throw new BookEditException(owner + " lists fills: its " + key + " is derived from them (position "
                            + "is derived from fills); add a trade with hedgetop fill FILE " + owner
                            + " sell|buy N@PRICE");
                }
                if (key.equals(FillsEdit.KEY)) {
                    return book.withHedge(FillsEdit.apply(h, after));
                }
                if (key.startsWith("exit.")) {
                    ExitRule exit = RecordFields.with(h.exit(), key.substring(5), after);
                    return book.withHedge(RecordFields.with(h, "exit", Optional.of(exit)));
                }
                return book.withHedge(RecordFields.with(h, key, after));
            }
        }
    }

    /** {@code book} with every change applied, in order. */
    public static Book applyAll(Book book, List<BookChange> changes) throws BookEditException {
        Book out = book;
        for (BookChange c : changes) {
            out = c.applyTo(out);
        }
        return out;
    }
}
