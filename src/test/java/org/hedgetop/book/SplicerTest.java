package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hedgetop.book.BookChange.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small edits on inline books: quoting rules, dates, new mappings, where a new key goes. */
class SplicerTest {
    private static final String HEAD = "name: Book\nquote: USDT\nholdings:\n  - token: SOL\n    units: 10\n";
    private static final String HEDGE = "hedges:\n  - id: sol-perp\n    covers: [SOL]\n    instrument: SOLUSDT\n"
            + "    contract_size: 1\n";

    private static String edit(String text, java.util.function.UnaryOperator<Book> change) throws Exception {
        Book book = EditFixtures.parse(text);
        String out = BookWriter.apply(text, book, change.apply(book));
        assertThat(EditFixtures.withoutPositions(EditFixtures.parse(out)))
                .isEqualTo(EditFixtures.withoutPositions(change.apply(book)));
        return out;
    }

    private static Book name(Book b, String value) {
        return EditFixtures.set(b, Scope.BOOK, "", "name", value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Plain book|name: Plain book",
            "Book: two|name: \"Book: two\"",
            "yes|name: \"yes\"",
            "#1 book|name: \"#1 book\"",
            "Ünïcödé Bücher|name: Ünïcödé Bücher"})
    void aPlainStringStaysPlainOnlyWhereYamlReadsItBackTheSame(String value, String line) throws Exception {
        assertThat(edit(HEAD, b -> name(b, value))).startsWith(line + "\n");
    }

    @Test
    void quotesKeepTheirStyleAndEscapes() throws Exception {
        assertThat(edit(HEAD.replace("name: Book", "name: 'Bob''s book'"), b -> name(b, "Al's")))
                .startsWith("name: 'Al''s'\n");
        assertThat(edit(HEAD.replace("name: Book", "name: \"say \\\"hi\\\"\""), b -> name(b, "a \"b\" \\c")))
                .startsWith("name: \"a \\\"b\\\" \\\\c\"\n");
    }

    @Test
    void datesAndTimesAreWrittenInIsoForm() throws Exception {
        String text = HEAD + HEDGE + "    opened: 2026-11-01T00:00:00Z\n    exit: { after: 2027-03-31 }\n";
        String out = edit(text, b -> EditFixtures.hedge(EditFixtures.hedge(b, "sol-perp", "opened",
                Instant.parse("2026-12-01T08:30:00Z")), "sol-perp", "exit.after", LocalDate.of(2027, 4, 30)));
        assertThat(out).endsWith("    opened: 2026-12-01T08:30:00Z\n    exit: { after: 2027-04-30 }\n");
    }

    @Test
    void anEmptyFlowMappingGetsItsFirstKey() throws Exception {
        String out = edit(HEAD + HEDGE + "    exit: {}\n", b -> EditFixtures.hedge(b, "sol-perp", "exit.max_days", 30));
        assertThat(out).endsWith("    exit: {max_days: 30}\n");
    }

    @Test
    void aNewKeyGoesAfterAMultiLineFlowValue() throws Exception {
        String text = HEAD.replace("  - token: SOL\n    units: 10\n", "  - token: SOL\n    units: 10\n"
                + "  - token: ETH\n    units: 1\n")
                + "hedges:\n  - id: basket\n    instrument: BTCUSDT\n    underlying: BTC\n    contract_size: 1\n"
                + "    covers: [SOL,\n             ETH]   # two lines\n# trailing\n";
        String out = edit(text, b -> EditFixtures.hedge(b, "basket", "position", -3L));
        assertThat(out).endsWith("    covers: [SOL,\n             ETH]   # two lines\n    position: -3\n# trailing\n");
    }

    @Test
    void anAbsentFeedIsCreatedWithTheFilesIndentation() throws Exception {
        String text = "name: Book\nquote: USDT\nsettings:\n   shock_pct: -20\nholdings:\n   - token: SOL\n"
                + "     units: 10\n";
        String out = edit(text, b -> b.withFeed(b.feed().withSource("bybit")));
        assertThat(out).isEqualTo(text + "feed:\n   source: bybit\n");
    }

    @Test
    void aKeyWithANullValueGetsTheValueAfterTheColon() throws Exception {
        String out = edit(HEAD + HEDGE + "    leverage:\n    target_pct: 100\n",
                b -> EditFixtures.hedge(b, "sol-perp", "leverage", 3.0));
        assertThat(out).contains("    leverage: 3\n    target_pct: 100\n");
    }

    @Test
    void removingAValueIsRefused() throws Exception {
        String text = HEAD + HEDGE + "    leverage: 5\n";
        Book book = EditFixtures.parse(text);
        Book cleared = new BookChange(Scope.HEDGE, "sol-perp", "leverage", Optional.empty(), Optional.empty())
                .applyTo(book);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BookWriter.apply(text, book, cleared))
                .isInstanceOf(BookEditException.class).hasMessageContaining("sol-perp leverage cannot be removed");
    }

    @ParameterizedTest
    @CsvSource({"2.5,2.5", "100.0,100", "-120,-120", "0.0000001,0.0000001", "1234567.25,1234567.25",
            "-0.0,0", "0.1,0.1", "1e14,100000000000000"})
    void numbersArePlain(double value, String written) {
        assertThat(BookChange.plain(value)).isEqualTo(written);
    }
}
