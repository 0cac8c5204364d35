package org.hedgetop.book;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * The first YAML document of a text as nodes that know their character span in that text, built from
 * SnakeYAML's event stream. Jackson's tree forgets where a value was written; editing in place needs the
 * exact span of each scalar and the end of each collection.
 */
final class SpanTree {
    /** Same order of size as the loader's limit; a book is a few kilobytes. */
    private static final int MAX_CODE_POINTS = 4 << 20;

    private SpanTree() {
    }

    /** A node with its span [start, end) in chars of the text (not code points). */
    sealed interface Node permits Scalar, MapNode, SeqNode, Alias {
        int start();

        int end();
    }

    /**
     * @param decorated has an anchor or an explicit tag; rewriting its span would drop them
     */
    record Scalar(String value, ScalarStyle style, boolean decorated, int start, int end) implements Node {
        boolean isEmptyPlain() {
            return style == ScalarStyle.PLAIN && start == end;
        }
    }

    record Entry(Scalar key, Node value) {
    }

    /** For a block mapping {@code end} is unreliable (it is where the next token starts); see {@link #contentEnd}. */
    record MapNode(boolean flow, int start, int end, List<Entry> entries) implements Node {
        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
        }
    }

    record SeqNode(boolean flow, int start, int end, List<Node> items) implements Node {
    }

    record Alias(int start, int end) implements Node {
    }

    /** Parses the first document; the root is empty when the document is empty. */
    static Optional<Node> parse(String text) throws BookEditException {
        int[] charAt = codePointToChar(text);
        Deque<Building> stack = new ArrayDeque<>();
        Node root = null;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setCodePointLimit(MAX_CODE_POINTS);
            for (Event e : new Yaml(options).parse(new StringReader(text))) {
                Node done = null;
                if (e instanceof ScalarEvent s) {
                    boolean decorated = s.getAnchor() != null
                            || !(s.getImplicit().canOmitTagInPlainScalar() || s.getImplicit().canOmitTagInNonPlainScalar());
                    done = new Scalar(s.getValue(), s.getScalarStyle(), decorated, at(charAt, s.getStartMark()),
                            at(charAt, s.getEndMark()));
                } else if (e instanceof AliasEvent a) {
                    done = new Alias(at(charAt, a.getStartMark()), at(charAt, a.getEndMark()));
                } else if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
                    CollectionStartEvent c = (CollectionStartEvent) e;
                    stack.push(new Building(e instanceof MappingStartEvent, c.isFlow(), at(charAt, e.getStartMark())));
                } else if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
                    Building b = stack.pop();
                    done = b.finish(at(charAt, e.getEndMark()));
                } else if (e.is(Event.ID.DocumentEnd) && root != null) {
                    break;
                }
                if (done != null) {
                    if (stack.isEmpty()) {
                        root = done;
                    } else {
                        stack.peek().add(done);
                    }
                }
                if (e instanceof NodeEvent n && n.getAnchor() != null && !(e instanceof ScalarEvent)) {
                    throw new BookEditException("anchors and aliases cannot be edited in place");
                }
            }
        } catch (YAMLException e) {
            throw new BookEditException("the text is not valid YAML: " + oneLine(e.getMessage()));
        }
        return Optional.ofNullable(root);
    }

    /**
     * Where the text of a node really ends: a scalar or flow collection at its end mark, a block collection
     * at the end of its last item (its own end mark lies after trailing comments and blank lines).
     */
    static int contentEnd(Node node) {
        if (node instanceof MapNode m && !m.flow() && !m.entries().isEmpty()) {
            Entry last = m.entries().get(m.entries().size() - 1);
            return Math.max(last.key().end(), contentEnd(last.value()));
        }
        if (node instanceof SeqNode s && !s.flow() && !s.items().isEmpty()) {
            return contentEnd(s.items().get(s.items().size() - 1));
        }
        return node.end();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static int at(int[] charAt, Mark mark) {
        int cp = mark.getIndex();
        return charAt == null ? cp : charAt[Math.min(cp, charAt.length - 1)];
    }

    /** Marks count code points; the splice works on chars. Null when the two are the same. */
    private static int[] codePointToChar(String text) {
        int cps = text.codePointCount(0, text.length());
        if (cps == text.length()) {
            return null;
        }
        int[] map = new int[cps + 1];
        int ch = 0;
        for (int cp = 0; cp < cps; cp++) {
            map[cp] = ch;
            ch += Character.charCount(text.codePointAt(ch));
        }
        map[cps] = text.length();
        return map;
    }

    private static final class Building {
        final boolean mapping;
        final boolean flow;
        final int start;
        final List<Node> children = new ArrayList<>();

        Building(boolean mapping, boolean flow, int start) {
            this.mapping = mapping;
            this.flow = flow;
            this.start = start;
        }

        void add(Node n) {
            children.add(n);
        }

        Node finish(int end) throws BookEditException {
            if (!mapping) {
                return new SeqNode(flow, start, end, List.copyOf(children));
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i + 1 < children.size(); i += 2) {
                if (!(children.get(i) instanceof Scalar key)) {
                    throw new BookEditException("a mapping key that is not a plain value cannot be edited in place");
                }
                entries.add(new Entry(key, children.get(i + 1)));
            }
            return new MapNode(flow, start, end, List.copyOf(entries));
        }
    }
}
