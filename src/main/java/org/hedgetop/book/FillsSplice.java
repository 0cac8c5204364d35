package org.hedgetop.book;

import java.util.List;
import java.util.Optional;
import org.hedgetop.book.SpanTree.Entry;
import org.hedgetop.book.SpanTree.MapNode;
import org.hedgetop.book.SpanTree.Node;
import org.hedgetop.book.SpanTree.SeqNode;

/**
 * Writes a {@link FillsEdit} into the text of one hedge: new fills as one flow mapping per line after the last
 * one, removed trailing fills cut out line by line (so removing what was appended gives the old bytes back),
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
        } else if (after.size() > before.size()) {
            append(s, seq, after.subList(before.size(), after.size()));
        } else {
            cut(s, seq, after.size());
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

    /** Removes the items from {@code keep} on: in a block list, their whole lines. */
    private static void cut(Splicer s, SeqNode seq, int keep) throws BookEditException {
        if (keep == 0 || keep >= seq.items().size()) {
            throw new BookEditException("fills cannot be emptied in place; edit the file");
        }
        int end = SpanTree.contentEnd(seq.items().get(seq.items().size() - 1));
        if (seq.flow()) {
            s.add(SpanTree.contentEnd(seq.items().get(keep - 1)), end, "");
            return;
        }
        Node first = seq.items().get(keep);
        int from = s.text.lastIndexOf('\n', first.start() - 1) + 1;
        s.add(from, s.lineEnd(end), "");
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
