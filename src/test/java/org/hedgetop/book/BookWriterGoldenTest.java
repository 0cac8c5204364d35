package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.book.EditFixtures.hedge;
import static org.hedgetop.book.EditFixtures.settings;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hedgetop.book.BookChange.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each golden file is edited and compared byte for byte with a hand-written expected file; the result must
 * also load back to the edited book. The expected files were written by hand from the rules (value
 * replaced in place in its quoting style, absent keys appended after the last sibling in record order),
 * not copied from the writer's output.
 */
class BookWriterGoldenTest {
    private static final Map<String, UnaryOperator<Book>> EDITS = Map.ofEntries(
            Map.entry("01-comments", b -> settings(hedge(hedge(hedge(hedge(hedge(b,
                    "sol-perp", "target_pct", 50.0), "sol-perp", "position", -10000L), "sol-perp", "entry_price", 152.5),
                    "sol-perp", "leverage", 2.5), "sol-perp", "target_pct", 50.0), "shock_pct", -12.5)),
            Map.entry("02-flow", b -> settings(settings(hedge(hedge(hedge(hedge(hedge(b,
                    "x-perp", "target_pct", 75.0), "x-perp", "position", -150L), "x-perp", "leverage", 3.0),
                    "eth-fut", "exit.max_days", 90), "eth-fut", "position", -40L), "shock_pct", -30.0),
                    "target_step_pct", 2.5)),
            Map.entry("03-quoted", b -> hedge(hedge(
                    b.withFeed(b.feed().withSource("binance").withInterval(Interval.H4, 30)),
                    "defi-eth", "ratio", Ratio.ONE), "defi-eth-2", "ratio", Ratio.BETA)),
            Map.entry("04-crlf", b -> hedge(hedge(b, "sol-perp", "target_pct", 80.0), "sol-perp", "position", -1600L)),
            Map.entry("05-bom", b -> settings(hedge(b, "ada-perp", "position", -120L), "shock_pct", -35.0)),
            Map.entry("06-missing-keys", b -> hedge(hedge(hedge(hedge(b,
                    "eth-one", "target_pct", 50.0), "eth-beta", "target_pct", 120.0), "eth-beta", "position", -140L),
                    "eth-beta", "ratio", Ratio.CORRELATION)),
            Map.entry("07-unicode", b -> hedge(hedge(b, "sol-perp", "target_pct", 95.0), "eth-perp", "position", -400L)),
            Map.entry("08-inline-comment", b -> hedge(hedge(hedge(hedge(b,
                    "doge-perp", "target_pct", 100.0), "doge-perp", "position", -180L),
                    "doge-perp", "entry_price", 0.1875), "doge-perp", "leverage", 10.0)),
            Map.entry("09-document-markers", b -> settings(hedge(hedge(b,
                    "ltc-perp", "target_pct", 0.0), "ltc-perp", "position", -300L), "shock_pct", 15.0)),
            Map.entry("10-indent4-nested", b -> settings(hedge(hedge(hedge(b,
                    "avax-perp", "position", -320L), "avax-perp", "exit.price_above", 60.0),
                    "avax-perp", "exit.max_days", 120), "shock_pct", -25.0)),
            Map.entry("11-unindented-seq", b -> hedge(hedge(
                    EditFixtures.set(b, Scope.HOLDING, "LINK", "units", 3100.0),
                    "xrp-perp", "position", -250L), "LINKUSDT", "target_pct", 110.0)),
            Map.entry("12-null-values", b -> hedge(hedge(hedge(
                    EditFixtures.set(b, Scope.HOLDING, "SOL", "staking_apy_pct", 6.5),
                    "sol-perp", "entry_price", 148.25), "sol-perp", "leverage", 4.0), "sol-perp", "position", -100L)));

    static Stream<Arguments> cases() {
        return EditFixtures.GOLDEN.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlyTheChangedValuesAreRewritten(String name) throws Exception {
        String text = EditFixtures.text(name + ".yaml");
        byte[] expected = EditFixtures.bytes(name + ".expected.yaml");
        Book loaded = EditFixtures.parse(text);
        Book edited = EDITS.get(name).apply(loaded);

        String out = BookWriter.apply(text, loaded, edited);

        assertThat(out).as(name).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(out.getBytes(StandardCharsets.UTF_8)).as(name + " byte for byte").isEqualTo(expected);
        assertThat(EditFixtures.withoutPositions(EditFixtures.parse(out)))
                .isEqualTo(EditFixtures.withoutPositions(edited));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExpectedFileIsTheOriginalBookPlusTheEdit(String name) {
        // Guards the hand-written expectations themselves: each must load to the book the edit describes.
        Book loaded = EditFixtures.parse(EditFixtures.text(name + ".yaml"));
        Book expected = EditFixtures.parse(EditFixtures.text(name + ".expected.yaml"));
        assertThat(EditFixtures.withoutPositions(expected))
                .isEqualTo(EditFixtures.withoutPositions(EDITS.get(name).apply(loaded)));
        assertThat(expected).isNotEqualTo(loaded);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noEditGivesTheSameTextBack(String name) throws Exception {
        String text = EditFixtures.text(name + ".yaml");
        Book loaded = EditFixtures.parse(text);
        assertThat(BookWriter.apply(text, loaded, loaded)).isSameAs(text);
    }

}
