package org.hedgetop.book;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.text.Safe;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, from SnakeYAML's event stream rather than
 * its composer: events show anchors, aliases, tags and quoting, which the composer (and Jackson) would
 * silently resolve. The tree is built with an explicit stack, and nesting past {@link #MAX_DEPTH} stops
 * the read at once, so a hostile document can neither overflow the stack nor expand aliases.
 */
final class YamlTree {
    static final int MAX_DEPTH = 20;

    private final Problems problems;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private YamlNode root;

    private YamlTree(Problems problems) {
        this.problems = problems;
    }

    /**
     * The document's root, or empty when there is no document or reading had to stop (the reason is then
     * in {@code problems}). Anchors, aliases, tags, merge keys and duplicate keys are reported but do not
     * stop the read, so later problems are found too.
     */
    static Optional<YamlNode> read(String text, Problems problems) {
        // The scanner enforces the code point limit (a second line of defence behind the byte limit);
        // duplicate keys, aliases and depth are handled here because the composer that would check them is not used.
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(BookText.MAX_BYTES);
        YamlTree tree = new YamlTree(problems);
        StreamReader reader = new StreamReader(text);
        try {
            return tree.run(new ParserImpl(reader, options)) ? Optional.ofNullable(tree.root)
                    : Optional.empty();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(mark == null ? new SourcePos(1, 1) : pos(mark), syntax(e));
        } catch (ReaderException e) {
            problems.add(BookText.position(text, BookText.charIndex(text, e.getPosition())),
                    String.format("character U+%04X is not allowed in a YAML file", e.getCodePoint()));
        } catch (YAMLException e) {
            problems.add(new SourcePos(1, 1), "cannot read the YAML: " + Safe.text(e.getMessage()));
        } catch (RuntimeException e) {
            // SnakeYAML's scanner lets a few plain runtime exceptions out (found by fuzzing: a backslash-u escape cut
            // short throws NumberFormatException); the reader's mark is where it stopped
            problems.add(pos(reader.getMark()), "YAML syntax error: unreadable text here"
                    + " (an escape such as \\u needs its hex digits, e.g. \"\\u00e9\")");
        }
        return Optional.empty();
    }

    /** False when reading had to stop early. */
    private boolean run(Parser parser) {
        int documents = 0;
        while (true) {
            Event event = parser.getEvent();
            switch (event.getEventId()) {
                case StreamEnd:
                    return true;
                case DocumentStart:
                    if (++documents > 1) {
                        problems.add(pos(event.getStartMark()), "only one YAML document is allowed in a portfolio file");
                        return false;
                    }
                    break;
                case Scalar:
                    scalar((ScalarEvent) event);
                    break;
                case Alias:
                    problems.add(pos(event.getStartMark()), "aliases (*" + Safe.text(((AliasEvent) event).getAnchor(), 40)
                            + ") are not supported; write the value out in full");
                    attach(new YamlNode.Rejected(pos(event.getStartMark())));
                    break;
                case MappingStart:
                case SequenceStart:
                    if (stack.size() >= MAX_DEPTH) {
                        problems.add(pos(event.getStartMark()),
                                "nested deeper than " + MAX_DEPTH + " levels; a portfolio file needs only a few");
                        return false;
                    }
                    checkNode((NodeEvent) event, ((CollectionStartEvent) event).getTag());
                    stack.push(new Frame(event.getEventId() == Event.ID.MappingStart, pos(event.getStartMark())));
                    break;
                case MappingEnd:
                case SequenceEnd:
                    Frame done = stack.pop();
                    attach(done.mapping ? new YamlNode.Mapping(done.entries, done.pos)
                            : new YamlNode.Sequence(done.items, done.pos));
                    break;
                default:
                    break; // stream start, document end, comments
            }
        }
    }

    private void scalar(ScalarEvent event) {
        checkNode(event, event.getTag());
        attach(new YamlNode.Scalar(event.getValue(), event.isPlain(), pos(event.getStartMark())));
    }

    private void checkNode(NodeEvent event, String tag) {
        if (event.getAnchor() != null) {
            problems.add(pos(event.getStartMark()), "anchors (&" + Safe.text(event.getAnchor(), 40)
                    + ") are not supported; write each value out in full");
        }
        if (tag != null) {
            problems.add(pos(event.getStartMark()), "YAML tags (" + Safe.text(shortTag(tag), 40)
                    + ") are not supported; the book decides the type of each key");
        }
    }

    private void attach(YamlNode node) {
        Frame top = stack.peek();
        if (top == null) {
            root = node;
        } else if (!top.mapping) {
            top.items.add(node);
        } else if (top.key == null) {
            top.key = node;
        } else {
            YamlNode key = top.key;
            top.key = null;
            top.put(key, node, problems);
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static String syntax(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        if (problem.contains("\\t(TAB)")) {
            return "a tab is not allowed here; separate and indent with spaces";
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext()
                + (e.getContextMark() == null ? "" : " that starts at line " + (e.getContextMark().getLine() + 1)) + ")";
        return Safe.text("YAML syntax error: " + problem + context, 300);
    }

    static SourcePos pos(Mark mark) {
        return new SourcePos(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A collection being read; for a mapping, the key waiting for its value. */
    private static final class Frame {
        final boolean mapping;
        final SourcePos pos;
        final List<YamlNode.Entry> entries = new ArrayList<>();
        final List<YamlNode> items = new ArrayList<>();
        final Map<String, SourcePos> seen = new HashMap<>();
        YamlNode key;

        Frame(boolean mapping, SourcePos pos) {
            this.mapping = mapping;
            this.pos = pos;
        }

        void put(YamlNode key, YamlNode value, Problems problems) {
            if (!(key instanceof YamlNode.Scalar scalar)) {
                if (!(key instanceof YamlNode.Rejected)) {
                    problems.add(key.pos(), "a key must be a plain word, not " + key.describe());
                }
                return;
            }
            if (scalar.plain() && scalar.value().equals("<<")) {
                problems.add(scalar.pos(), "merge keys (<<) are not supported; write the keys out in full");
                return;
            }
            SourcePos first = seen.putIfAbsent(scalar.value(), scalar.pos());
            if (first != null) {
                problems.add(scalar.pos(), "duplicate key " + Scalars.quote(scalar.value())
                        + " (first at line " + first.line() + ")");
                return;
            }
            entries.add(new YamlNode.Entry(scalar, value));
        }
    }
}
