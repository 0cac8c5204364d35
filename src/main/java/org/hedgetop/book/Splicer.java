package org.hedgetop.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.SpanTree.Entry;
import org.hedgetop.book.SpanTree.MapNode;
import org.hedgetop.book.SpanTree.Node;
import org.hedgetop.book.SpanTree.Scalar;
import org.hedgetop.book.SpanTree.SeqNode;

/**
 * Writes changed values into the original text and nothing else: each changed scalar's span is replaced
 * by the new value in the old quoting style, and an absent key is inserted next to its siblings (a new
 * line with their indentation in a block mapping, {@code , key: value} before the brace of a flow mapping).
 * Does not check the result; {@link BookWriter} re-reads it.
 */
final class Splicer {
    final String text;
    final String newline;
    private final List<Splice> splices = new ArrayList<>();
    int indentUnit = 2;

    private record Splice(int start, int end, String replacement) {
    }

    private Splicer(String text) {
        this.text = text;
        int lf = text.indexOf('\n');
        this.newline = lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }

    /** {@code text} with {@code changes} written in; {@code book} is the book read from {@code text}. */
    static String splice(String text, Book book, List<BookChange> changes) throws BookEditException {
        if (changes.isEmpty()) {
            return text;
        }
        Splicer s = new Splicer(text);
        Node root = SpanTree.parse(text).orElseThrow(() -> new BookEditException("the file has no document"));
        if (!(root instanceof MapNode rootMap)) {
            throw new BookEditException("the file is not a mapping of keys");
        }
        s.indentUnit = s.detectIndentUnit(rootMap);
        Map<String, Object> top = new LinkedHashMap<>();
        Map<Integer, Map<String, Object>> hedges = new LinkedHashMap<>();
        Map<Integer, Map<String, Object>> holdings = new LinkedHashMap<>();
        for (BookChange c : changes) {
            if (c.scope() == BookChange.Scope.HEDGE && c.key().equals(FillsEdit.KEY)) {
                int i = indexOf(book.hedges().stream().map(Hedge::id).toList(), c.owner());
                Hedge h = book.hedges().get(i);
                FillsSplice.edit(s, s.item(rootMap, "hedges", i, "id", h.id(), h.instrument()), c);
                continue;
            }
            Optional<Object> value = c.after();
            if (value.isEmpty()) {
                throw new BookEditException(c.subject() + " cannot be removed in place; edit the file to remove it");
            }
            Map<String, Object> trie = switch (c.scope()) {
                case BOOK -> top;
                case FEED -> child(top, "feed");
                case SETTINGS -> child(top, "settings");
                case HOLDING -> holdings.computeIfAbsent(indexOf(book.holdings().stream().map(Holding::token).toList(),
                        c.owner()), i -> new LinkedHashMap<>());
                case HEDGE -> hedges.computeIfAbsent(indexOf(book.hedges().stream().map(Hedge::id).toList(),
                        c.owner()), i -> new LinkedHashMap<>());
            };
            String[] keys = c.key().split("\\.");
            for (int i = 0; i < keys.length - 1; i++) {
                trie = child(trie, keys[i]);
            }
            trie.put(keys[keys.length - 1], value.get());
        }
        for (Map.Entry<Integer, Map<String, Object>> e : holdings.entrySet()) {
            s.edit(s.item(rootMap, "holdings", e.getKey(), "token", book.holdings().get(e.getKey()).token(), ""),
                    e.getValue());
        }
        for (Map.Entry<Integer, Map<String, Object>> e : hedges.entrySet()) {
            Hedge h = book.hedges().get(e.getKey());
            s.edit(s.item(rootMap, "hedges", e.getKey(), "id", h.id(), h.instrument()), e.getValue());
        }
        s.edit(rootMap, top);
        return s.apply();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> trie, String key) {
        return (Map<String, Object>) trie.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    }

    private static int indexOf(List<String> names, String name) throws BookEditException {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new BookEditException("no " + name + " in the book");
        }
        return i;
    }

    /** The mapping of item {@code index} of the sequence under {@code key}, checked against its name. */
    private MapNode item(MapNode root, String key, int index, String nameKey, String name, String fallbackName)
            throws BookEditException {
        Optional<Entry> list = root.entry(key);
        if (list.isEmpty() || !(list.get().value() instanceof SeqNode seq) || seq.items().size() <= index
                || !(seq.items().get(index) instanceof MapNode m)) {
            throw new BookEditException("cannot find " + name + " under " + key + " in the file");
        }
        String written = m.entry(nameKey).map(e -> e.value() instanceof Scalar s ? s.value() : "")
                .orElse(fallbackName);
        if (!written.equals(name)) {
            throw new BookEditException("item " + (index + 1) + " under " + key + " is " + written + ", expected " + name);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private void edit(MapNode map, Map<String, Object> trie) throws BookEditException {
        Map<String, Object> missing = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : trie.entrySet()) {
            Optional<Entry> present = map.entry(e.getKey());
            if (present.isEmpty()) {
                missing.put(e.getKey(), e.getValue());
            } else if (e.getValue() instanceof Map<?, ?> sub) {
                Node value = present.get().value();
                if (value instanceof MapNode m) {
                    edit(m, (Map<String, Object>) sub);
                } else if (value instanceof Scalar s && s.isEmptyPlain() && map.flow()) {
                    add(s.start(), s.start(), " " + flow((Map<String, Object>) sub));
                } else if (value instanceof Scalar s && s.isEmptyPlain()) {
                    int indent = column(present.get().key().start()) + indentUnit;
                    add(lineEnd(s.end()), lineEnd(s.end()), lineBreakBefore(lineEnd(s.end()))
                            + block((Map<String, Object>) sub, indent));
                } else {
                    throw new BookEditException(e.getKey() + " at " + where(value) + " is not a mapping");
                }
            } else {
                replace(e.getKey(), present.get().value(), e.getValue());
            }
        }
        if (!missing.isEmpty()) {
            insert(map, missing);
        }
    }

    private void replace(String key, Node node, Object value) throws BookEditException {
        if (!(node instanceof Scalar s)) {
            throw new BookEditException(key + " at " + where(node) + " is not a single value");
        }
        if (s.decorated()) {
            throw new BookEditException(key + " at " + where(node) + " has a tag or anchor; edit it by hand");
        }
        String plain = BookChange.plain(value);
        switch (s.style()) {
            case PLAIN -> {
                String rendered = ScalarText.render(value);
                boolean glued = s.start() > 0 && text.charAt(s.start() - 1) == ':';
                add(s.start(), s.end(), s.isEmptyPlain() && glued ? " " + rendered : rendered);
            }
            case SINGLE_QUOTED -> add(s.start(), s.end(), "'" + plain.replace("'", "''") + "'");
            case DOUBLE_QUOTED -> add(s.start(), s.end(), ScalarText.doubleQuoted(plain));
            default -> throw new BookEditException(key + " at " + where(node) + " is a block scalar; edit it by hand");
        }
    }

    private void insert(MapNode map, Map<String, Object> missing) {
        if (map.flow()) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Object> e : missing.entrySet()) {
                sb.append(sb.length() == 0 && map.entries().isEmpty() ? "" : ", ").append(flowEntry(e));
            }
            int at = map.entries().isEmpty() ? map.end() - 1
                    : SpanTree.contentEnd(map.entries().get(map.entries().size() - 1).value());
            add(at, at, sb.toString());
            return;
        }
        Entry last = map.entries().get(map.entries().size() - 1);
        int at = lineEnd(Math.max(last.key().end(), SpanTree.contentEnd(last.value())));
        add(at, at, lineBreakBefore(at) + block(missing, column(map.entries().get(0).key().start())));
    }

    @SuppressWarnings("unchecked")
    private String block(Map<String, Object> entries, int indent) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            sb.append(" ".repeat(indent)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> sub) {
                sb.append(newline).append(block((Map<String, Object>) sub, indent + indentUnit));
            } else {
                sb.append(' ').append(ScalarText.render(e.getValue())).append(newline);
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private String flowEntry(Map.Entry<String, Object> e) {
        return e.getKey() + ": " + (e.getValue() instanceof Map<?, ?> sub ? flow((Map<String, Object>) sub)
                : ScalarText.render(e.getValue()));
    }

    private String flow(Map<String, Object> entries) {
        List<String> parts = new ArrayList<>();
        entries.entrySet().forEach(e -> parts.add(flowEntry(e)));
        return "{" + String.join(", ", parts) + "}";
    }

    /** Index just after the line break that ends the line holding {@code pos} (text length at the end). */
    int lineEnd(int pos) {
        if (pos > 0 && text.charAt(pos - 1) == '\n') {
            return pos;
        }
        int lf = text.indexOf('\n', pos);
        return lf < 0 ? text.length() : lf + 1;
    }

    /** Inserting at the very end of a file without a final line break needs one first. */
    String lineBreakBefore(int at) {
        return at == text.length() && at > 0 && text.charAt(at - 1) != '\n' ? newline : "";
    }

    /** Column in chars on its line, not counting a byte order mark. */
    int column(int pos) {
        int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
        if (lineStart == 0 && text.startsWith("\uFEFF")) {
            lineStart = 1;
        }
        return pos - lineStart;
    }

    String where(Node node) {
        int line = 1;
        for (int i = 0; i < node.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return "line " + line;
    }

    /** The indentation step of the file: the column of the first key nested in a top-level block mapping. */
    private int detectIndentUnit(MapNode root) {
        for (Entry e : root.entries()) {
            if (e.value() instanceof MapNode m && !m.flow() && !m.entries().isEmpty()) {
                int c = column(m.entries().get(0).key().start()) - column(e.key().start());
                if (c > 0) {
                    return c;
                }
            }
        }
        return 2;
    }

    void add(int start, int end, String replacement) {
        splices.add(new Splice(start, end, replacement));
    }

    private String apply() throws BookEditException {
        List<Splice> sorted = new ArrayList<>(splices);
        sorted.sort(Comparator.comparingInt(Splice::start));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Splice s : sorted) {
            if (s.start() < at) {
                throw new BookEditException("two edits overlap at char " + s.start());
            }
            out.append(text, at, s.start()).append(s.replacement());
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
