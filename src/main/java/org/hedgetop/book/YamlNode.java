package org.hedgetop.book;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the position it was read from. Scalars stay text: the book's own strict rules
 * (in {@link Scalars}) decide what is a number, a boolean or a date, never YAML's implicit typing.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence, YamlNode.Rejected {
    SourcePos pos();

    /** How the value is named in an error message: {@code "yes"}, {@code a list}, {@code a mapping}. */
    String describe();

    /**
     * @param plain  unquoted; only plain scalars can be numbers, booleans or "no value"
     */
    record Scalar(String value, boolean plain, SourcePos pos) implements YamlNode {
        /** Empty, {@code ~} or {@code null} written without quotes: the key is there but has no value. */
        boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                    || value.equals("NULL"));
        }

        @Override
        public String describe() {
            return isNull() ? "no value" : Scalars.quote(value);
        }
    }

    record Entry(Scalar key, YamlNode value) {
    }

    /** A mapping with unique keys (duplicates are reported and dropped while reading). */
    record Mapping(List<Entry> entries, SourcePos pos) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, SourcePos pos) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A value that was already reported (an alias, a non-text key); readers skip it silently. */
    record Rejected(SourcePos pos) implements YamlNode {
        @Override
        public String describe() {
            return "a rejected value";
        }
    }
}
