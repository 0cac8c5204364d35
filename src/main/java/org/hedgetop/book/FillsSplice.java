package org.hedgetop.book;

import java.util.List;
import java.util.Optional;
import org.hedgetop.book.SpanTree.Entry;
import org.hedgetop.book.SpanTree.MapNode;
import org.hedgetop.book.SpanTree.Node;
import org.hedgetop.book.SpanTree.SeqNode;

/**
 * Writes a {@link FillsEdit} into the text of one hedge: new fills as one flow mapping per line after the last
 * one, removed fills cut out line by line wherever they are (so removing what was appended gives the old bytes
 * back; a comment on a line of its own between fills stays),
 * and a hedge written with {@code position} turned into {@code fills:} where its position line was, keeping
 * that line's comment; {@code entry_price} and {@code opened} go (a comment on their line stays, as a line of
 * its own).
 */
final class FillsSplice {
    private FillsSplice() {
    }

    static void edit(Splicer s, MapNode hedge, BookChange change) throws BookEditException {
        List<Fill> before = FillsEdit.fills(change.before());
        List<Fill> after = FillsEdit.fills(change.after());
        Optional<Entry> fills = hedge.entry(FillsEdit.KEY);
        if (change.before().isEmpty()) {
            convert(s, hedge, after);
        } else if (fills.isEmpty() || !(fills.get().value() instanceof SeqNode seq)) {
            throw new BookEditException(change.owner() + " fills is not a list in the file; edit it by hand");
        } else {
            FillsEdit.Diff diff = FillsEdit.diff(before, after).orElseThrow(() -> new BookEditException(
                    change.owner() + " fills were changed other than by removing fills or adding new ones at the end"));
            if (seq.items().size() != before.size()) {
                throw new BookEditException(change.owner() + " fills in the file differ from the book; reload it");
            }
            if (after.isEmpty()) {
                throw new BookEditException("fills cannot be emptied in place; edit the file");
            }
            if (seq.flow()) {
                cutFlow(s, seq, diff);
            } else {
                for (int i : diff.removed()) {
                    cutLines(s, seq.items().get(i));
                }
            }
            if (!diff.appended().isEmpty()) {
                append(s, seq, diff.appended());
            }
        }
    }

    /** Removes one item of a block list: its whole lines. */
    private static void cutLines(Splicer s, Node item) {
        int from = s.text.lastIndexOf('\n', item.start() - 1) + 1;
        s.add(from, s.lineEnd(SpanTree.contentEnd(item)), "");
    }

    /**
     * Removes items of a flow list {@code [a, b, c]}: each run of removed items with the {@code ", "} before it,
     * a run at the start with the {@code ", "} after it; all of them when only appended fills remain.
     */
    private static void cutFlow(Splicer s, SeqNode seq, FillsEdit.Diff diff) {
        List<Node> items = seq.items();
        if (diff.removed().size() == items.size()) {
            s.add(items.get(0).start(), SpanTree.contentEnd(items.get(items.size() - 1)),
                    flow(diff.appended().get(0)));
            return;
        }
        int i = 0;
        while (i < diff.removed().size()) {
            int a = diff.removed().get(i);
            int b = a;
            while (i + 1 < diff.removed().size() && diff.removed().get(i + 1) == b + 1) {
                b = diff.removed().get(++i);
            }
            i++;
            if (a == 0) {
                s.add(items.get(0).start(), items.get(b + 1).start(), "");
            } else {
                s.add(SpanTree.contentEnd(items.get(a - 1)), SpanTree.contentEnd(items.get(b)), "");
            }
        }
    }

    private static void append(Splicer s, SeqNode seq, List<Fill> more) throws BookEditException {
        if (seq.items().isEmpty()) {
            throw new BookEditException("fills is empty in the file; edit it by hand");
        }
        int end = SpanTree.contentEnd(seq.items().get(seq.items().size() - 1));
        if (seq.flow()) {
            StringBuilder sb = new StringBuilder();
            for (Fill f : more) {
                sb.append(", ").append(flow(f));
            }
            s.add(end, end, sb.toString());
            return;
        }
        int dash = dashColumn(s, seq.items().get(0));
        int at = s.lineEnd(end);
        s.add(at, at, s.lineBreakBefore(at) + lines(s, more, dash));
    }

    private static void convert(Splicer s, MapNode hedge, List<Fill> fills) throws BookEditException {
        if (hedge.flow()) {
            throw new BookEditException("the hedge is written on one line ({...}); write its fills by hand");
        }
        Optional<Entry> position = hedge.entry("position");
        String items;
        if (position.isPresent()) {
            Entry p = position.get();
            int indent = s.column(p.key().start()) + s.indentUnit;
            s.add(p.key().start(), SpanTree.contentEnd(p.value()), "fills:");
            int at = s.lineEnd(SpanTree.contentEnd(p.value()));
            s.add(at, at, s.lineBreakBefore(at) + lines(s, fills, indent));
        } else {
            int column = s.column(hedge.entries().get(0).key().start());
            int at = s.lineEnd(SpanTree.contentEnd(hedge));
            items = " ".repeat(column) + "fills:" + s.newline + lines(s, fills, column + s.indentUnit);
            s.add(at, at, s.lineBreakBefore(at) + items);
        }
        for (String key : List.of("entry_price", "opened")) {
            Optional<Entry> e = hedge.entry(key);
            if (e.isPresent()) {
                remove(s, e.get());
            }
        }
    }

    /**
     * Cuts {@code key: value}: the whole line when nothing else is on it, else up to its comment, which then
     * starts where the key did.
     */
    private static void remove(Splicer s, Entry e) {
        int from = e.key().start();
        int to = SpanTree.contentEnd(e.value());
        int lineStart = s.text.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = s.lineEnd(to);
        if (s.text.substring(lineStart, from).isBlank() && s.text.substring(to, lineEnd).isBlank()) {
            s.add(lineStart, lineEnd, "");
            return;
        }
        while (to < lineEnd && (s.text.charAt(to) == ' ' || s.text.charAt(to) == '\t')) {
            to++;
        }
        s.add(from, to, "");
    }

    private static String lines(Splicer s, List<Fill> fills, int indent) {
        StringBuilder sb = new StringBuilder();
        for (Fill f : fills) {
            sb.append(" ".repeat(indent)).append("- ").append(flow(f)).append(s.newline);
        }
        return sb.toString();
    }

    /** Column of the {@code -} before a block list's item (the item starts after it). */
    private static int dashColumn(Splicer s, Node item) throws BookEditException {
        int dash = s.text.lastIndexOf('-', item.start() - 1);
        int lineStart = s.text.lastIndexOf('\n', item.start() - 1) + 1;
        if (dash < lineStart) {
            throw new BookEditException("fills at " + s.where(item) + " is not a list of '- ' items; edit it by hand");
        }
        return s.column(dash);
    }

    /** {@code {time: T, contracts: C, price: P, fee: F, id: ID}} as the loader reads it back. */
    static String flow(Fill f) {
        StringBuilder sb = new StringBuilder("{time: ").append(f.time()).append(", contracts: ")
                .append(f.contracts()).append(", price: ").append(ScalarText.render(f.price()));
        f.fee().ifPresent(fee -> sb.append(", fee: ").append(ScalarText.render(fee)));
        f.id().ifPresent(id -> sb.append(", id: ").append(ScalarText.doubleQuoted(id)));
        return sb.append('}').toString();
    }
}
