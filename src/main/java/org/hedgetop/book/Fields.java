package org.hedgetop.book;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.hedgetop.text.Safe;

/**
 * Typed, located access to the keys of one YAML mapping. Unknown keys are reported when the view is made;
 * each getter reports a wrong value (with what was expected and the bad value) and returns empty, so the
 * caller carries on and later problems are found too. An empty value ({@code key:}, {@code ~}) counts as
 * absent.
 */
final class Fields {
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1e-12");
    private static final int MAX_DIGITS = 15;

    private final YamlNode.Mapping map;
    private final String where;
    private final Problems problems;

    /** @param where how the mapping is named in messages: "holding", "hedge", "feed", "the top level" */
    Fields(YamlNode.Mapping map, String where, List<String> allowed, Problems problems) {
        this.map = map;
        this.where = where;
        this.problems = problems;
        for (YamlNode.Entry entry : map.entries()) {
            String key = entry.key().value();
            if (!allowed.contains(key)) {
                String hint = Spelling.closest(key, allowed).map(s -> "; did you mean \"" + s + "\"?")
                        .orElse(" (expected one of: " + String.join(", ", allowed) + ")");
                problems.add(entry.key().pos(), "unknown key " + Scalars.quote(key) + " in " + where + hint);
            }
        }
    }

    /** Ranges of numbers, each with the words that tell the user what is expected. */
    record Range(double min, boolean minExclusive, double max, String expectation) {
        static Range positive() {
            return new Range(0, true, Double.MAX_VALUE, "a number greater than 0");
        }

        static Range from(double min, double max) {
            return new Range(min, false, max, "a number from " + Scalars.plain(min) + " to " + Scalars.plain(max));
        }

        boolean contains(double x) {
            return (minExclusive ? x > min : x >= min) && x <= max;
        }
    }

    SourcePos pos() {
        return map.pos();
    }

    /** The value of {@code key}; empty when absent, empty ({@code key:}) or already reported. */
    Optional<YamlNode> value(String key) {
        return map.entry(key).map(YamlNode.Entry::value)
                .filter(v -> !(v instanceof YamlNode.Rejected))
                .filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull()));
    }

    boolean has(String key) {
        return map.entry(key).isPresent();
    }

    /** Where the value of {@code key} is written (or its key, or the mapping, when there is none). */
    SourcePos valuePos(String key) {
        return value(key).map(YamlNode::pos).orElse(keyPos(key));
    }

    SourcePos keyPos(String key) {
        return map.entry(key).map(e -> e.key().pos()).orElse(map.pos());
    }

    /** Reports a missing required key at the mapping that lacks it, or an empty value at its key. */
    boolean require(String key) {
        Optional<YamlNode.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            problems.add(map.pos(), where + " is missing required key \"" + key + "\"");
            return false;
        }
        if (entry.get().value() instanceof YamlNode.Scalar s && s.isNull()) {
            problems.add(entry.get().key().pos(), key + " needs a value");
            return false;
        }
        return value(key).isPresent();
    }

    /** Text for names and sectors (spaces allowed) or symbols (no spaces). */
    Optional<String> text(String key, boolean spaces) {
        Optional<YamlNode.Scalar> scalar = scalar(key, spaces ? "text" : "a symbol (text without spaces)");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String value = scalar.get().value();
        Optional<String> problem = Scalars.textProblem(value, spaces ? 200 : 60, spaces);
        if (value.isBlank()) {
            problem = Optional.of("is empty");
        }
        problem.ifPresent(p -> problems.add(scalar.get().pos(), key + " " + Scalars.quote(value) + " " + p));
        return problem.isPresent() ? Optional.empty() : Optional.of(value);
    }

    OptionalDouble number(String key, Range range) {
        Optional<BigDecimal> d = decimal(key, range.expectation());
        if (d.isEmpty()) {
            return OptionalDouble.empty();
        }
        BigDecimal v = d.get();
        String why = v.abs().compareTo(MAX_MAGNITUDE) > 0 ? " (too large: at most 1e15)"
                : v.signum() != 0 && v.abs().compareTo(MIN_MAGNITUDE) < 0 ? " (too small: at least 1e-12)"
                : v.stripTrailingZeros().precision() > MAX_DIGITS ? " (more than 15 significant digits)"
                : !range.contains(v.doubleValue()) ? "" : null;
        if (why != null) {
            fail(key, range.expectation(), why);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v.doubleValue());
    }

    Optional<Long> whole(String key, long min, long max, String expectation) {
        Optional<BigDecimal> d = decimal(key, expectation);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal v = d.get();
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0
                || v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            fail(key, expectation, "");
            return Optional.empty();
        }
        return Optional.of(v.longValueExact());
    }

    Optional<Boolean> bool(String key) {
        return scalar(key, "true or false").flatMap(s -> {
            if (s.plain() && (s.value().equals("true") || s.value().equals("false"))) {
                return Optional.of(s.value().equals("true"));
            }
            fail(key, "true or false", "");
            return Optional.empty();
        });
    }

    /** One of a fixed set of words; the message lists them and suggests the closest. */
    <E> Optional<E> choice(String key, Map<String, E> options) {
        String expectation = "one of: " + String.join(", ", options.keySet());
        return scalar(key, expectation).flatMap(s -> {
            E found = options.get(s.value());
            if (found == null) {
                fail(key, expectation, Spelling.didYouMean(s.value(), options.keySet(), ""));
            }
            return Optional.ofNullable(found);
        });
    }

    Optional<LocalDate> date(String key) {
        return parsed(key, "a date written YYYY-MM-DD", Scalars::date);
    }

    Optional<Instant> instant(String key) {
        return parsed(key, "an ISO-8601 time such as 2026-11-01T00:00:00Z", Scalars::instant);
    }

    /** A scalar read by {@code parse}; a problem saying what was expected when it does not read. */
    private <T> Optional<T> parsed(String key, String expectation, Function<String, Optional<T>> parse) {
        return scalar(key, expectation).flatMap(s -> {
            Optional<T> value = parse.apply(s.value());
            if (value.isEmpty()) {
                fail(key, expectation, "");
            }
            return value;
        });
    }

    Optional<YamlNode.Mapping> mapping(String key) {
        Optional<YamlNode> v = value(key);
        if (v.isPresent() && !(v.get() instanceof YamlNode.Mapping)) {
            problems.add(v.get().pos(), key + " must be a mapping of keys, got " + v.get().describe());
            return Optional.empty();
        }
        return v.map(YamlNode.Mapping.class::cast);
    }

    /**
     * A list. With {@code scalarIsList} a single scalar is read as a list of one (so {@code covers: SOL}
     * works like {@code covers: [SOL]}).
     */
    Optional<YamlNode.Sequence> list(String key, boolean scalarIsList) {
        Optional<YamlNode> v = value(key);
        if (scalarIsList && v.isPresent() && v.get() instanceof YamlNode.Scalar s) {
            return Optional.of(new YamlNode.Sequence(List.of(s), s.pos()));
        }
        if (v.isPresent() && !(v.get() instanceof YamlNode.Sequence)) {
            problems.add(v.get().pos(), key + " must be a list, got " + v.get().describe());
            return Optional.empty();
        }
        return v.map(YamlNode.Sequence.class::cast);
    }

    private Optional<BigDecimal> decimal(String key, String expectation) {
        return scalar(key, expectation).flatMap(s -> {
            Scalars.Decimal d = Scalars.decimal(s.value());
            if (d.value().isEmpty()) {
                fail(key, expectation, d.hint().isEmpty() ? "" : " (" + d.hint() + ")");
            } else if (!s.plain()) {
                fail(key, expectation, " (quoted text; remove the quotes)");
                return Optional.empty();
            }
            return d.value();
        });
    }

    private Optional<YamlNode.Scalar> scalar(String key, String expectation) {
        Optional<YamlNode> v = value(key);
        if (v.isPresent() && !(v.get() instanceof YamlNode.Scalar)) {
            problems.add(v.get().pos(), key + " must be " + expectation + ", got " + v.get().describe());
            return Optional.empty();
        }
        return v.map(YamlNode.Scalar.class::cast);
    }

    /** Reports the current value of {@code key}: "KEY must be EXPECTATION, got VALUE" plus a hint. */
    private void fail(String key, String expectation, String hint) {
        YamlNode v = value(key).orElseThrow();
        String got = v instanceof YamlNode.Scalar s && s.plain() && Scalars.decimal(s.value()).value().isPresent()
                ? Safe.text(s.value(), 40) : v.describe();
        problems.add(v.pos(), key + " must be " + expectation + ", got " + got + hint);
    }
}
