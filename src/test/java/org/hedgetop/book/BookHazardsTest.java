package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and odd inputs: each gives a located error (or a book), never another exception. */
class BookHazardsTest {
    static List<BookError> errors(String yaml) {
        BookException e = catchThrowableOfType(BookException.class,
                () -> BookLoader.parse(yaml, "h.yaml", Optional.empty()));
        assertThat(e).as("expected errors").isNotNull();
        return e.errors();
    }

    static String positions(List<BookError> errors) {
        return String.join(" ", errors.stream().map(e -> e.line() + ":" + e.column()).toList());
    }

    @Test
    void filesOverOneMebibyteAreRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        String big = "holdings: [{token: X, units: 1}]\n" + "#".repeat(BookText.MAX_BYTES);
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, big);
        BookException e = catchThrowableOfType(BookException.class, () -> BookLoader.load(file));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.message()).contains("too large").contains("1 MiB");
            assertThat(err.line()).isEqualTo(1);
        });
        assertThat(errors(big)).singleElement().satisfies(err -> assertThat(err.message()).contains("too large"));
        // exactly at the limit is still read (and here only its content matters)
        String atLimit = "holdings: [{token: X, units: 1}]\n";
        atLimit += "#".repeat(BookText.MAX_BYTES - atLimit.length());
        assertThat(BookLoader.parse(atLimit, "h.yaml", Optional.empty()).holdings()).hasSize(1);
    }

    @Test
    void multiByteCharactersCountAsBytesForTheLimit() {
        // 400k three-byte characters are 1.2 MB even though they are only 400k chars
        String text = "name: " + "\u20AC".repeat(400_000) + "\nholdings: [{token: X, units: 1}]";
        assertThat(errors(text)).singleElement().satisfies(err -> assertThat(err.message()).contains("too large"));
    }

    @Test
    void twoThousandDeepNestingIsRefusedWithoutOverflowingTheStack() {
        String flow = "holdings: " + "[".repeat(2000) + "]".repeat(2000);
        assertThat(errors(flow)).singleElement().satisfies(err -> {
            assertThat(err.message()).contains("nested deeper than 20");
            assertThat(err.line() + ":" + err.column()).isEqualTo("1:30"); // the 21st '[' (holdings is level 1)
        });
        String mappings = "holdings: " + "{a: ".repeat(2000) + "1" + "}".repeat(2000);
        assertThat(errors(mappings)).singleElement().satisfies(err -> assertThat(err.message()).contains("nested"));
        String block = "holdings:\n  " + "- ".repeat(2000) + "x\n";
        assertThat(errors(block)).singleElement().satisfies(err -> assertThat(err.message()).contains("nested"));
    }

    @Test
    void nestingOfTwentyIsStillRead() {
        // root mapping (1) + 19 lists = 20 levels: not refused for depth (the shape is wrong, not the depth)
        String ok = "holdings: " + "[".repeat(19) + "]".repeat(19);
        assertThat(errors(ok)).noneSatisfy(err -> assertThat(err.message()).contains("nested"));
    }

    @Test
    void aBillionLaughsIsRejectedWithoutExpandingAnything() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(8))
                    .append('*').append(prev).append("]\n");
        }
        yaml.append("holdings: [{token: X, units: 1}]\n");
        List<BookError> errors = errors(yaml.toString());
        assertThat(errors.get(0).message()).contains("unknown key \"a\"");
        assertThat(errors).anySatisfy(err -> assertThat(err.message()).startsWith("anchors (&a)"));
        assertThat(errors).anySatisfy(err -> assertThat(err.message()).startsWith("aliases (*a)"));
        assertThat(errors).hasSize(Problems.MAX + 1);
        assertThat(errors.get(Problems.MAX).message()).startsWith("too many errors:");
    }

    @Test
    void anchorsOnScalarsAndTagsAreRefusedToo() {
        List<BookError> errors = errors("holdings:\n  - token: &t SOL\n    units: !!float 5\n");
        assertThat(positions(errors)).isEqualTo("2:12 3:12");
        assertThat(errors.get(0).message()).contains("anchors (&t)");
        assertThat(errors.get(1).message()).contains("YAML tags (!!float)");
    }

    @Test
    void invalidUtf8IsLocatedAtTheBadByte() {
        byte[] bytes = "name: ok\nholdings: [{token: A\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3; // a lead byte followed by one that cannot continue it
        broken[bytes.length + 1] = (byte) 0x28;
        BookException e = catchThrowableOfType(BookException.class,
                () -> BookLoader.fromBytes(broken, "u.yaml", Optional.empty()));
        // "holdings: [{token: Aé" is 21 code points, so the bad byte is column 22 of line 2
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line() + ":" + err.column()).isEqualTo("2:22");
            assertThat(err.message()).contains("invalid UTF-8 (byte 0xC3)");
        });
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] body = "holdings: [{token: X, units: 1}]".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(BookLoader.fromBytes(withBom, "b.yaml", Optional.empty()).holdings()).hasSize(1);
    }

    @Test
    void controlCharactersNulAndLoneSurrogatesAreLocated() {
        assertThat(positions(errors("name: a\u0000b\nholdings: x\u001b[2J\n"))).isEqualTo("1:8 2:12");
        assertThat(positions(errors("name: \ud800\n"))).isEqualTo("1:7");
        assertThat(errors("name: a\u009bb\n").get(0).message()).contains("U+009B");
    }

    @Test
    void escapesInQuotedTextNeverReachAMessage() {
        // YAML escapes can smuggle ESC and bidi controls into a value; they are refused, and shown as '?'
        List<BookError> errors = errors("name: \"\\e]0;pwned\\a\"\nholdings:\n  - token: \"\\u202eLOS\"\n    units: 1\n");
        assertThat(positions(errors)).isEqualTo("1:7 3:12");
        for (BookError err : errors) {
            assertThat(err.toString()).doesNotContain("\u001b", "\u0007", "\u202e");
        }
    }

    @Test
    void tabsAreLocatedWhereverYamlRefusesThem() throws Exception {
        assertThat(positions(errors("holdings:\n  \t- token: X\n\t# comment\n"))).isEqualTo("2:3 3:1");
        List<BookError> errors = errors("holdings:\n  - token:\tX\n    units: 1\n");
        assertThat(positions(errors)).isEqualTo("2:11");
        assertThat(errors.get(0).message()).isEqualTo("a tab is not allowed here; separate and indent with spaces");
        // a trailing tab is harmless
        assertThat(BookLoader.parse("holdings:\n  - token: X\t\n    units: 1\n", "t.yaml", Optional.empty())
                .holdings()).hasSize(1);
    }

    @Test
    void emptyAndBlankFiles() {
        for (String text : new String[] {"", "\n\n", "   ", "# c\n", "---\n", "\uFEFF", "~\n"}) {
            assertThat(errors(text)).as("[%s]", text).singleElement().satisfies(err -> {
                assertThat(err.message()).startsWith("empty file");
                assertThat(err.line() + ":" + err.column()).isEqualTo("1:1");
            });
        }
    }

    @Test
    void aFortyDigitNumberIsRefusedNotRounded() {
        assertThat(errors("holdings: [{token: X, units: 1}]\nhedges: [{covers: [X], instrument: XUSDT, "
                + "contract_size: 1, position: -1234567890123456789012345678901234567890}]"))
                .singleElement().satisfies(err -> assertThat(err.message()).contains("whole number of contracts"));
        assertThat(errors("holdings: [{token: X, units: 1.0000000000000001}]")).singleElement()
                .satisfies(err -> assertThat(err.message()).contains("more than 15 significant digits"));
    }

    @Test
    void veryLongKeysAndValuesAreShortenedInMessages() {
        String key = "k".repeat(100_000);
        List<BookError> errors = errors("holdings: [{token: X, units: 1}]\n? " + key + "\n: 1\n");
        assertThat(errors).singleElement().satisfies(err -> assertThat(err.message().length()).isLessThan(300));
    }
}
