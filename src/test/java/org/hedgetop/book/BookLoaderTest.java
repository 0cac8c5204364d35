package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Valid books load to exactly the records they describe; defaults fill what is left out. */
class BookLoaderTest {
    static Path resource(String name) throws Exception {
        return Path.of(BookLoaderTest.class.getResource("/books/" + name).toURI());
    }

    static Book parse(String yaml) throws BookException {
        return BookLoader.parse(yaml, "t.yaml", Optional.empty());
    }

    static List<BookError> errors(String yaml) {
        BookException e = catchThrowableOfType(BookException.class, () -> parse(yaml));
        assertThat(e).as("expected errors for:\n%s", yaml).isNotNull();
        return e.errors();
    }

    @Test
    void everyKeyOfTheFormatLoads() throws Exception {
        Path file = resource("valid/full.yaml");
        Book book = BookLoader.load(file);
        Path folder = file.toAbsolutePath().getParent();

        assertThat(book.file()).contains(file.toAbsolutePath().normalize());
        assertThat(book.name()).isEqualTo("SOL staking book");
        assertThat(book.quote()).isEqualTo("USDC");
        assertThat(book.feed()).isEqualTo(new FeedSpec("replay", 15, Interval.H4, 60,
                Optional.of(folder.resolve("data").resolve("history.csv")), -42,
                Optional.of("https://spot.example.test/api"), Optional.of("http://127.0.0.1:9000")));
        assertThat(book.holdings()).containsExactly(
                new Holding("SOL", 100_000, Optional.of("Layer-1"), OptionalDouble.of(7.25), "SOLUSDC",
                        new SourcePos(14, 5)),
                new Holding("UNI", 2500, Optional.empty(), OptionalDouble.empty(), "UNIUSDC", new SourcePos(19, 5)),
                new Holding("AAVE", 40, Optional.of("DeFi"), OptionalDouble.empty(), "AAVEUSDC",
                        new SourcePos(21, 5)));
        assertThat(book.hedges()).containsExactly(
                new Hedge("sol-perp", List.of("SOL"), "SOLUSDC", "SOL", HedgeType.PERPETUAL, Optional.empty(), 5, 80,
                        Ratio.ONE, -16000, OptionalDouble.of(150.5), Optional.of(Instant.parse("2026-11-01T00:00:00Z")),
                        OptionalDouble.of(5),
                        new ExitRule(Optional.of(LocalDate.of(2026, 12, 31)), OptionalDouble.of(180),
                                OptionalDouble.of(100), OptionalDouble.of(40), OptionalInt.of(60)),
                        new SourcePos(23, 5)),
                // id defaults to the instrument; underlying is the instrument without _YYMMDD and the quote
                new Hedge("ETHUSDC_261225", List.of("UNI", "AAVE"), "ETHUSDC_261225", "ETH", HedgeType.EXPIRY,
                        Optional.of(LocalDate.of(2026, 12, 25)), 0.1, 100, Ratio.CORRELATION, 0,
                        OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), ExitRule.NONE,
                        new SourcePos(36, 5)));
        assertThat(book.settings()).isEqualTo(new Settings(2.5, -35, 10, 0.4, 15, false));
    }

    @Test
    void leftOutKeysTakeTheirDefaults() throws Exception {
        Book book = BookLoader.load(resource("valid/minimal.yaml"));
        assertThat(book.name()).isEqualTo("minimal");
        assertThat(book.quote()).isEqualTo("USDT");
        assertThat(book.feed()).isEqualTo(FeedSpec.DEFAULT);
        assertThat(book.settings()).isEqualTo(Settings.DEFAULT);
        assertThat(book.hedges()).isEmpty();
        assertThat(book.holdings()).containsExactly(new Holding("SOL", 10, Optional.empty(), OptionalDouble.empty(),
                "SOLUSDT", new SourcePos(2, 5)));
    }

    @Test
    void hedgeDefaults() throws Exception {
        Hedge h = parse("holdings: [{token: X, units: 50000}]\n"
                + "hedges: [{covers: [X], instrument: XUSDT, contract_size: 250}]\n").hedges().get(0);
        assertThat(h.id()).isEqualTo("XUSDT");
        assertThat(h.underlying()).isEqualTo("X");
        assertThat(h.isDirect()).isTrue();
        assertThat(h.type()).isEqualTo(HedgeType.PERPETUAL);
        assertThat(h.targetPct()).isEqualTo(100);
        assertThat(h.ratio()).isEqualTo(Ratio.BETA);
        assertThat(h.position()).isZero();
        assertThat(h.exit()).isEqualTo(ExitRule.NONE);
        assertThat(h.location()).isEqualTo(new SourcePos(2, 10));
    }

    @Test
    void aSingleTokenHedgedWithAnotherCoinNamesItsUnderlying() throws Exception {
        Hedge h = parse("holdings: [{token: UNI, units: 1}]\n"
                + "hedges: [{covers: [UNI], instrument: ETHUSDT, underlying: ETH, contract_size: 0.1}]").hedges().get(0);
        assertThat(h.underlying()).isEqualTo("ETH");
        assertThat(h.isDirect()).isFalse();
    }

    @Test
    void aSingleTokenMayBeWrittenWithoutBrackets() throws Exception {
        Book book = parse("holdings: [{token: X, units: 1}]\nhedges: [{covers: X, instrument: XUSDT, contract_size: 1}]");
        assertThat(book.hedges().get(0).covers()).containsExactly("X");
    }

    @Test
    void emptyValuesCountAsLeftOut() throws Exception {
        Book book = parse("name: n\nfeed:\nsettings: ~\nhedges:\nholdings:\n  - token: X\n    units: 1\n    sector:\n");
        assertThat(book.feed()).isEqualTo(FeedSpec.DEFAULT);
        assertThat(book.settings()).isEqualTo(Settings.DEFAULT);
        assertThat(book.hedges()).isEmpty();
        assertThat(book.holdings().get(0).sector()).isEmpty();
    }

    @Test
    void theNameDefaultsToTheFileNameWithoutExtension() throws Exception {
        assertThat(BookLoader.parse("holdings: [{token: X, units: 1}]", "dir/my.book.yaml", Optional.empty()).name())
                .isEqualTo("my.book");
    }

    @Test
    void replayFileIsKeptAsWrittenWhenThereIsNoFile() throws Exception {
        Book book = parse("feed: {source: replay, file: h.csv}\nholdings: [{token: X, units: 1}]");
        assertThat(book.feed().file()).contains(Path.of("h.csv"));
        assertThat(book.file()).isEmpty();
    }

    @Test
    void tokensThatLookLikeYamlWordsStayText() throws Exception {
        Book book = parse("holdings:\n  - {token: ON, units: 1}\n  - {token: 'NO', units: 2}\n  - {token: 012, units: 3}\n"
                + "  - {token: TRUE, units: 4, sector: null}\n");
        assertThat(book.holdings()).extracting(Holding::token).containsExactly("ON", "NO", "012", "TRUE");
    }

    @Test
    void acceptsBomCrlfAndCountsColumnsInCodePoints() throws Exception {
        Book book = parse("\uFEFFholdings:\r\n  - token: SOL\r\n    units: 1\r\n");
        assertThat(book.holdings().get(0).location()).isEqualTo(new SourcePos(2, 5));
        // the emoji is one code point (two UTF-16 chars): "-1" starts at column 33, not 34
        List<BookError> errors = errors("holdings: [{token: \"\uD83D\uDE00x\", units: -1}]");
        assertThat(errors).extracting(e -> e.line() + ":" + e.column()).containsExactly("1:33");
        // a BOM does not shift the columns of the first line
        assertThat(errors("\uFEFFholdings: [{token: X, units: -1}]"))
                .extracting(e -> e.line() + ":" + e.column()).containsExactly("1:30");
    }

    @Test
    void multipleProblemsAcrossSectionsAreAllReportedInOrder() {
        List<BookError> errors = errors("""
                settings: {bell: maybe}
                holdings:
                  - token: A
                    units: 0
                  - token: B
                hedges:
                  - covers: [C]
                    instrument: CUSDT
                    contract_size: -1
                    target_pct: 400
                feed: {window: 1}
                """);
        assertThat(errors).extracting(e -> e.line() + ":" + e.column()).containsExactly(
                "1:18", "4:12", "5:5", "7:14", "9:20", "10:17", "11:16");
    }

    @Test
    void numbersMayBeGroupedSignedOrWrittenWithAnExponent() throws Exception {
        Book book = parse("holdings: [{token: X, units: 100_000}]\n"
                + "hedges: [{covers: [X], instrument: XUSDT, contract_size: 2.5e-1, position: -2e4, target_pct: +50}]");
        assertThat(book.holdings().get(0).units()).isEqualTo(100_000);
        assertThat(book.hedges().get(0).contractSize()).isEqualTo(0.25);
        assertThat(book.hedges().get(0).position()).isEqualTo(-20_000);
        assertThat(book.hedges().get(0).targetPct()).isEqualTo(50);
    }
}
