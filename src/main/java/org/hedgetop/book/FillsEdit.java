package org.hedgetop.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one change the writer makes to a hedge's fills (DOMAIN.md sections 7 and 8): fills removed from anywhere
 * (undoing an append, {@code hedgetop sync} dropping fills the account's trades replace) and new fills appended
 * at the end (marking an order executed, {@code hedgetop fill}, sync adding trades); or a hedge written with
 * {@code position} turned into a {@code fills} list: its implied fill, then the same removals and appends.
 * Anything else (a fill edited in place, fills reordered, fills turned back into a position) is an edit for a
 * person. The change's values are the fill lists without source positions; {@code before} is empty for a
 * conversion.
 */
final class FillsEdit {
    static final String KEY = "fills";

    private FillsEdit() {
    }

    /** The fills change between two versions of a hedge, if any. */
    static Optional<BookChange> between(Hedge a, Hedge b) throws BookEditException {
        List<Fill> x = unlocated(a.fills());
        List<Fill> y = unlocated(b.fills());
        if (x.equals(y)) {
            return Optional.empty();
        }
        if (!b.hasFills()) {
            throw new BookEditException(a.id() + " fills cannot be turned back into a position in place; edit the file");
        }
        if (!a.hasFills()) {
            Optional<Fill> implied = implied(a);
            if (a.position() != 0 && implied.isEmpty()) {
                throw new BookEditException(a.id() + " has no " + (a.opened().isEmpty() ? "opened" : "entry_price")
                        + ": its position cannot be turned into fills; add opened and entry_price to the hedge");
            }
            if (diff(implied.stream().toList(), y).isEmpty()) {
                throw new BookEditException(a.id() + " fills must start with its position " + a.position() + " @ "
                        + BookChange.plain(implied.get().price()) + " opened " + implied.get().time());
            }
            return Optional.of(new BookChange(BookChange.Scope.HEDGE, a.id(), KEY, Optional.empty(), Optional.of(y)));
        }
        if (diff(x, y).isEmpty()) {
            throw new BookEditException(a.id() + " fills were changed other than by removing fills or adding new "
                    + "ones at the end; edit the file to do that");
        }
        return Optional.of(new BookChange(BookChange.Scope.HEDGE, a.id(), KEY, Optional.of(x), Optional.of(y)));
    }

    /**
     * How {@code after} follows from {@code before}: the positions in {@code before} removed, then fills appended.
     *
     * @param removed   indices into {@code before}, ascending
     * @param appended  fills after the kept ones, none equal to a fill of {@code before}
     */
    record Diff(List<Integer> removed, List<Fill> appended) {
    }

    /**
     * {@code after} as {@code before} minus some fills plus new fills at the end; empty when it is not that
     * (a fill changed in place, fills reordered: an appended fill equal to one already there is a move).
     */
    static Optional<Diff> diff(List<Fill> before, List<Fill> after) {
        List<Integer> removed = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < before.size(); i++) {
            if (j < after.size() && before.get(i).equals(after.get(j))) {
                j++;
            } else {
                removed.add(i);
            }
        }
        List<Fill> appended = after.subList(j, after.size());
        if (appended.stream().anyMatch(before::contains)) {
            return Optional.empty();
        }
        return Optional.of(new Diff(removed, List.copyOf(appended)));
    }

    /** The fill a hedge written with {@code position} stands for; empty when flat or without opened / entry. */
    static Optional<Fill> implied(Hedge h) {
        if (h.hasFills() || h.position() == 0 || h.opened().isEmpty() || h.entryPrice().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Fill.of(h.opened().get(), h.position(), h.entryPrice().getAsDouble()));
    }

    /** {@code h} with the fills {@code after} (a change's value). */
    static Hedge apply(Hedge h, Optional<Object> after) throws BookEditException {
        List<Fill> fills = fills(after);
        if (fills.isEmpty()) {
            throw new BookEditException(h.id() + " fills cannot be removed in place; edit the file");
        }
        return Hedge.withFills(h.id(), h.covers(), h.instrument(), h.underlying(), h.type(), h.expiry(),
                h.contractSize(), h.targetPct(), h.ratio(), fills, h.leverage(), h.exit(), h.location());
    }

    @SuppressWarnings("unchecked")
    static List<Fill> fills(Optional<Object> value) {
        return value.map(v -> (List<Fill>) v).orElse(List.of());
    }

    /** {@code position} for a hedge written without fills, else {@code N fills}. */
    static String describe(Optional<Object> value) {
        int n = fills(value).size();
        return value.isEmpty() ? "position" : n + (n == 1 ? " fill" : " fills");
    }

    static List<Fill> unlocated(List<Fill> fills) {
        return fills.stream().map(f -> new Fill(f.time(), f.contracts(), f.price(), f.fee(), f.id(), SourcePos.NONE))
                .toList();
    }
}
