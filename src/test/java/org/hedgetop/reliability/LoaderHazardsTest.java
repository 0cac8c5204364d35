package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hedgetop.book.BookError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hazard named in issue 7, one by one, each with the outcome docs/portfolio-format.md promises
 * (on top of the general rule of {@link LoaderVerdict}: a sane book or located, printable errors).
 * Positions are those of the spot where the test put the hazard, counted by hand.
 */
class LoaderHazardsTest {
    /** A valid book; line 3 col 12 is the units value, line 6 col 10 the bell value. */
    private static final String BOOK = "name: Hazards\nholdings:\n  - token: SOL\n    units: 100\nsettings:\n  bell: true\n";

    private static LoaderVerdict.Outcome text(String s) throws Exception {
        return LoaderVerdict.ofText(s);
    }

    private static List<BookError> errorsOf(LoaderVerdict.Outcome outcome) {
        assertThat(outcome.loaded()).as("expected errors").isFalse();
        return outcome.errors();
    }

    private static String at(BookError e) {
        return e.line() + ":" + e.column();
    }

    @Test
    void anEmptyFileIsAnErrorAtOneOne(@TempDir Path dir) throws Exception {
        List<BookError> errors = errorsOf(LoaderVerdict.ofFile(dir.resolve("e.yaml"), new byte[0]));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(at(e)).isEqualTo("1:1");
            assertThat(e.message()).startsWith("empty file");
        });
    }

    @Test
    void aByteOrderMarkIsIgnoredAndDoesNotShiftColumns() throws Exception {
        byte[] bom = LoaderFuzzTest.bytes(0xEF, 0xBB, 0xBF);
        byte[] book = concat(bom, BOOK.getBytes(StandardCharsets.UTF_8));
        assertThat(LoaderVerdict.ofBytes(book).book().orElseThrow().holdings().get(0).units()).isEqualTo(100.0);
        // columns count from after the mark: the bad value is at 4:12 as in a file without one
        byte[] bad = concat(bom, BOOK.replace("units: 100", "units: yes").getBytes(StandardCharsets.UTF_8));
        assertThat(errorsOf(LoaderVerdict.ofBytes(bad))).singleElement().satisfies(e -> assertThat(at(e)).isEqualTo("4:12"));
        assertThat(errorsOf(LoaderVerdict.ofBytes(bom))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("empty file"));
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(Arguments.of("lone continuation", LoaderFuzzTest.bytes(0x80)),
                Arguments.of("lead without continuation", LoaderFuzzTest.bytes(0xC3, 0x28)),
                Arguments.of("0xFF", LoaderFuzzTest.bytes(0xFF)),
                Arguments.of("overlong slash", LoaderFuzzTest.bytes(0xC0, 0xAF)),
                Arguments.of("encoded surrogate", LoaderFuzzTest.bytes(0xED, 0xA0, 0x80)),
                Arguments.of("beyond U+10FFFF", LoaderFuzzTest.bytes(0xF4, 0x90, 0x80, 0x80)),
                Arguments.of("cut short", LoaderFuzzTest.bytes(0xE2, 0x82)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsReportedAtTheFirstBadByte(String what, byte[] bad) throws Exception {
        // in the token "S?OL" on line 3: "  - token: S" is 12 code points, so the bad byte is column 13
        String before = "name: Hazards\nholdings:\n  - token: S";
        byte[] doc = concat(before.getBytes(StandardCharsets.UTF_8), bad, "OL\n    units: 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(errorsOf(LoaderVerdict.ofBytes(doc))).singleElement().satisfies(e -> {
            assertThat(at(e)).isEqualTo("3:13");
            assertThat(e.message()).contains("invalid UTF-8");
        });
    }

    @Test
    void tabsUsedForIndentationAreLocated() throws Exception {
        assertThat(errorsOf(text(BOOK.replace("    units", "\tunits")))).singleElement().satisfies(e -> {
            assertThat(at(e)).isEqualTo("4:1");
            assertThat(e.message()).contains("tab");
        });
        assertThat(errorsOf(text(BOOK.replace("  bell", "\t\tbell")))).singleElement()
                .satisfies(e -> assertThat(at(e)).isEqualTo("6:1"));
    }

    @Test
    void duplicateKeysAreReportedAtTheSecond() throws Exception {
        String dup = BOOK.replace("    units: 100\n", "    units: 100\n    units: 200\n");
        assertThat(errorsOf(text(dup))).singleElement().satisfies(e -> {
            assertThat(at(e)).isEqualTo("5:5");
            assertThat(e.message()).contains("duplicate key \"units\"").contains("line 4");
        });
        assertThat(errorsOf(text(BOOK + "name: Again\n"))).singleElement().satisfies(e -> assertThat(at(e)).isEqualTo("7:1"));
    }

    @Test
    void anchorsAliasesAndMergeKeysAreEachLocated() throws Exception {
        String doc = "holdings:\n  - &h {token: SOL, units: 1}\n  - *h\n  - {<<: {token: X}, units: 2}\n";
        List<BookError> errors = errorsOf(text(doc));
        assertThat(errors).anySatisfy(e -> assertThat(at(e) + " " + e.message()).startsWith("2:5 anchors (&h)"));
        assertThat(errors).anySatisfy(e -> assertThat(at(e) + " " + e.message()).startsWith("3:5 aliases (*h)"));
        assertThat(errors).anySatisfy(e -> assertThat(at(e) + " " + e.message()).startsWith("4:6 merge keys"));
    }

    static Stream<Arguments> yaml11Words() {
        // value, field line, the rule that refuses it
        return Stream.of(Arguments.of("ON", "bell"), Arguments.of("yes", "bell"), Arguments.of("on", "bell"),
                Arguments.of("012", "units"), Arguments.of("0x1F", "units"), Arguments.of(".nan", "units"),
                Arguments.of("1e400", "units"), Arguments.of("-.inf", "units"), Arguments.of("0o17", "units"),
                Arguments.of("1234567890123456789012345678901234567890", "units"), Arguments.of("yes", "units"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("yaml11Words")
    void yaml11WordsAndOddNumbersAreRefusedNeverReinterpreted(String value, String field) throws Exception {
        String doc = BOOK.replace(field.equals("bell") ? "bell: true" : "units: 100", field + ": " + value);
        String where = field.equals("bell") ? "6:9" : "4:12";
        assertThat(errorsOf(text(doc))).singleElement().satisfies(e -> {
            assertThat(at(e)).isEqualTo(where);
            assertThat(e.message()).startsWith(field + " must be").contains("got").contains(value);
        });
    }

    @Test
    void yaml11WordsAreTextWhereTextIsExpected() throws Exception {
        for (String word : List.of("ON", "yes", "NO", "012", "0x1F")) {
            var book = text(BOOK.replace("token: SOL", "token: " + word)).book().orElseThrow();
            assertThat(book.holdings().get(0).token()).isEqualTo(word);
        }
    }

    @Test
    void fortyDigitNumbersAreRefusedInEveryNumericField() throws Exception {
        String forty = "1234567890123456789012345678901234567890";
        for (String field : List.of("units", "staking_apy_pct")) {
            String doc = BOOK.replace("    units: 100\n", "    units: 100\n    " + field + ": 1\n").replace(field + ": 1", field + ": " + forty);
            if (field.equals("units")) {
                doc = BOOK.replace("units: 100", "units: " + forty);
            }
            assertThat(errorsOf(text(doc))).singleElement().satisfies(e -> assertThat(e.message()).contains(forty));
        }
        String hedge = BOOK + "hedges: [{covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -" + forty + "}]\n";
        assertThat(errorsOf(text(hedge))).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(7));
    }

    @Test
    void filesOverOneMebibyteAreRefusedAtOnce(@TempDir Path dir) throws Exception {
        StringBuilder big = new StringBuilder("holdings:\n");
        for (int i = 0; big.length() <= (1 << 20); i++) {
            big.append("  - {token: T").append(i).append(", units: 1}\n");
        }
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, big);
        for (LoaderVerdict.Outcome outcome : List.of(LoaderVerdict.ofFile(file, Files.readAllBytes(file)), text(big.toString()),
                text("name: " + "x".repeat(1 << 20) + "\nholdings: [{token: X, units: 1}]\n"))) {
            assertThat(errorsOf(outcome)).singleElement().satisfies(e -> {
                assertThat(at(e)).isEqualTo("1:1");
                assertThat(e.message()).contains("too large");
            });
        }
    }

    @Test
    void twoThousandDeepNestingIsRefusedInEveryForm() throws Exception {
        for (String doc : List.of("holdings: " + "[".repeat(2000) + "]".repeat(2000),
                "holdings: " + "{a: ".repeat(2000) + "1" + "}".repeat(2000),
                "holdings:\n  " + "- ".repeat(2000) + "x\n",
                "holdings: " + "[".repeat(2000), // never closed
                "holdings:\n" + deepBlockMapping(2000))) {
            List<BookError> errors = errorsOf(text(doc));
            assertThat(errors).as(doc.substring(0, 40)).anySatisfy(e -> assertThat(e.message()).containsAnyOf("nested", "too large"));
        }
    }

    private static String deepBlockMapping(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            s.append(" ".repeat(i)).append("a:\n");
        }
        return s.toString();
    }

    @Test
    void aBillionLaughsIsRefusedWithoutExpansion() throws Exception {
        StringBuilder doc = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 30; i++) {
            doc.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
        }
        doc.append("holdings: [{token: X, units: 1}]\n");
        List<BookError> errors = errorsOf(text(doc.toString()));
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).startsWith("aliases (*l0)"));
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).startsWith("anchors (&l0)"));
        assertThat(errors.size()).isLessThanOrEqualTo(101); // capped, not 10^30 of them
    }

    /** Found by the fuzzer: SnakeYAML threw NumberFormatException for a cut-short escape. */
    @Test
    void aCutShortUnicodeEscapeIsASyntaxErrorNotACrash() throws Exception {
        for (String doc : List.of("name: \"\\u", "name: \"\\u12", "name: \"\\U0001F\"\nholdings: []\n", "name: \"\\x", "name: \"\\xZZ\"")) {
            List<BookError> errors = errorsOf(text(doc));
            assertThat(errors).as(doc).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.message()).contains("YAML syntax error");
            });
        }
    }

    static Stream<Arguments> hiddenCharacters() {
        return Stream.of(Arguments.of("ESC ] 0 ; title BEL", "\\e]0;title\\a", "\u001b]0;title\u0007"),
                Arguments.of("ESC [ 2 J", "\\e[2J", "\u001b[2J"), Arguments.of("NUL", "\\0", "\u0000"),
                Arguments.of("DEL", "\\x7f", "\u007f"), Arguments.of("CSI U+009B", "\\u009b", "\u009b"),
                Arguments.of("RLO U+202E", "\\u202e", "\u202e"), Arguments.of("LRI U+2066", "\\u2066", "\u2066"),
                Arguments.of("ALM U+061C", "\\u061c", "\u061c"), Arguments.of("ZWSP U+200B", "\\u200b", "\u200b"));
    }

    /**
     * Control and bidi characters in every kind of name, written raw and as a YAML escape in double quotes.
     * Raw C0/C1 controls are refused by YAML itself, escaped ones (and bidi characters) by the book;
     * either way an error on that line names the character, and its message shows no such character.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenCharacters")
    void controlAndBidiCharactersInNamesAreRefused(String what, String escaped, String raw) throws Exception {
        for (String field : List.of("name", "token", "sector", "symbol", "id", "instrument", "quote")) {
            for (String written : List.of("\"S" + escaped + "OL\"", "S" + raw + "OL")) {
                String doc = "name: N\nholdings:\n  - {token: SOL, units: 1, sector: S, symbol: SOLUSDT}\n"
                        + "hedges: [{id: h, covers: [SOL], instrument: SOLUSDT, contract_size: 1}]\n";
                int line = switch (field) {
                    case "name", "quote" -> 1;
                    case "token", "sector", "symbol" -> 3;
                    default -> 4;
                };
                doc = field.equals("quote") ? doc.replace("name: N", "quote: " + written)
                        : doc.replaceFirst(field + ": [A-Za-z]+", java.util.regex.Matcher.quoteReplacement(field + ": " + written));
                List<BookError> errors = errorsOf(text(doc));
                // (a refused token also leaves the hedge covering a token that is not held: a second error)
                assertThat(errors).as("%s in %s", what, field).anySatisfy(e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.message()).contains("U+");
                });
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
