package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever the input, the loader returns a book or throws a BookException whose errors point inside the
 * text - never another exception. (Issue 7 adds the long fuzzing runs; these few hundred tries keep the
 * normal build fast.)
 */
class BookLoaderPropertiesTest {
    private static final String VALID = starter();

    private static String starter() {
        try (InputStream in = BookLoaderPropertiesTest.class.getResourceAsStream("/org/hedgetop/book/starter.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 300, seed = "20260101")
    void randomBytesGiveABookOrLocatedErrors(@ForAll byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            BookLoader.fromBytes(bytes, "r.yaml", Optional.empty());
        } catch (BookException e) {
            assertLocated(e, text);
        }
    }

    @Property(tries = 400, seed = "20260102")
    void mutationsOfAValidBookGiveABookOrLocatedErrors(@ForAll("mutated") String text) {
        try {
            Book book = BookLoader.parse(text, "m.yaml", Optional.empty());
            assertThat(book.holdings()).isNotEmpty();
            book.holdings().forEach(h -> assertThat(h.units()).isPositive().isFinite());
            book.hedges().forEach(h -> assertThat(h.contractSize()).isPositive().isFinite());
        } catch (BookException e) {
            assertLocated(e, text);
        }
    }

    @Property(tries = 300, seed = "20260103")
    void yamlishNoiseGivesABookOrLocatedErrors(@ForAll("yamlish") String text) {
        try {
            BookLoader.parse(text, "n.yaml", Optional.empty());
        } catch (BookException e) {
            assertLocated(e, text);
        }
    }

    /** Every error is inside the file: a line that exists (or one past the end) and a real column. */
    private static void assertLocated(BookException e, String text) {
        List<BookError> errors = e.errors();
        assertThat(errors).isNotEmpty();
        long lines = text.lines().count() + 2;
        for (BookError error : errors) {
            assertThat(error.line()).as("%s", error).isBetween(1, (int) Math.max(lines, 1));
            assertThat(error.column()).as("%s", error).isPositive();
            assertThat(error.message()).isNotBlank();
            assertThat(error.message()).doesNotContain("\u001b", "Exception");
        }
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length() - 1);
        Arbitrary<String> insert = Arbitraries.of("", ":", "-", "[", "]", "{", "}", "&a ", "*a", "<<: ", "\t", "\n",
                "  ", "'", "\"", "#", "yes", "012", ".inf", "1e400", "!!str ", "---\n", "\u202e", "\u0000", "~",
                "? ", "|\n", ">\n", "%YAML 1.1\n", "\\", "@", "`", "\r");
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 8);
        return Combinators.combine(position, insert, cut, Arbitraries.integers().between(1, 4)).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(4).map(edits -> {
                    StringBuilder s = new StringBuilder(VALID);
                    for (var edit : edits) {
                        int at = Math.min(edit.get1(), s.length());
                        int end = Math.min(at + edit.get3(), s.length());
                        s.replace(at, end, edit.get2());
                    }
                    return s.toString();
                });
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars("ab:-[]{},&*!|>'\"#\n \t0123456789.eE+_~?%<@\u00e9\ud83d\ude00")
                .ofMaxLength(200)
                .map(s -> "holdings:\n  - token: X\n    units: 1\n" + s);
    }
}
