package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code fills} list and {@code cost_price} (DOMAIN.md section 7): read, and each mistake located. */
class FillParseTest {
    private static final String HEAD = """
            holdings:
              - token: SOL
                units: 1000
                cost_price: 120.5
            hedges:
              - id: sol-perp
                covers: [SOL]
                instrument: SOLUSDT
            """;

    static Book parse(String hedgeLines) throws BookException {
        return BookLoader.parse(HEAD + hedgeLines, "book.yaml", Optional.empty());
    }

    static List<String> errors(String hedgeLines) {
        BookException e = catchThrowableOfType(BookException.class, () -> parse(hedgeLines));
        assertThat(e).as("expected errors").isNotNull();
        return e.errors().stream().map(BookError::toString).toList();
    }

    @Test
    void fillsAreReadWithFeeAndIdAndTheirLocation() throws BookException {
        Book book = parse("""
                    contract_size: 1
                    fills:
                      - {time: 2022-05-01T00:00:00Z, contracts: -1000, price: 99.5, fee: 19.9}
                      - {time: 2022-05-12T10:00:00+02:00, contracts: -500, price: 55.0, id: "T-77"}
                      - time: 2022-06-01T00:00:00Z
                        contracts: 300
                        price: 45
                        fee: -1.25
                """);
        Hedge h = book.hedges().get(0);
        assertThat(h.hasFills()).isTrue();
        assertThat(h.fills()).hasSize(3);
        Fill first = h.fills().get(0);
        assertThat(first.time()).isEqualTo(Instant.parse("2022-05-01T00:00:00Z"));
        assertThat(first.contracts()).isEqualTo(-1000);
        assertThat(first.price()).isEqualTo(99.5);
        assertThat(first.fee()).hasValue(19.9);
        assertThat(first.location()).isEqualTo(new SourcePos(11, 9));
        assertThat(h.fills().get(1).time()).isEqualTo(Instant.parse("2022-05-12T08:00:00Z"));
        assertThat(h.fills().get(1).id()).contains("T-77");
        assertThat(h.fills().get(2).fee()).hasValue(-1.25);
        // derived: the sum of the fills (-1000 - 500 + 300) and the first fill's time
        assertThat(h.position()).isEqualTo(-1200);
        assertThat(h.opened()).contains(Instant.parse("2022-05-01T00:00:00Z"));
        assertThat(book.holdings().get(0).costPrice()).hasValue(120.5);
    }

    @Test
    void aBookWrittenWithPositionHasNoFills() throws BookException {
        Hedge h = parse("""
                    contract_size: 1
                    position: -10
                    entry_price: 100
                """).hedges().get(0);
        assertThat(h.hasFills()).isFalse();
        assertThat(h.position()).isEqualTo(-10);
    }

    @Test
    void badFillsAreLocated() {
        List<String> errors = errors("""
                    contract_size: 1
                    fills:
                      - {time: 2022-05-01T00:00:00Z, contracts: 0, price: 99.5}
                      - {time: 2022-05-02T00:00:00Z, contracts: -2.5, price: 99.5}
                      - {time: 2022-05-03T00:00:00Z, contracts: -1, price: 0}
                      - {time: 2022-05-04, contracts: -1, price: 10}
                      - {time: 2022-05-04T00:00:00Z, contracts: -1, price: -3}
                      - {time: 2022-05-05T00:00:00Z, price: 10}
                      - {time: 2022-05-06T00:00:00Z, contracts: -1, price: 10, side: sell}
                """);
        // columns counted by hand: 6 spaces, "- {" puts the mapping at column 9, the contracts value at 49
        assertThat(errors).containsExactly(
                "book.yaml:11:49: contracts must be a whole number of contracts other than 0 (negative = sell, "
                        + "positive = buy), got 0",
                "book.yaml:12:49: contracts must be a whole number of contracts other than 0 (negative = sell, "
                        + "positive = buy), got -2.5",
                "book.yaml:13:60: price must be a number greater than 0, got 0",
                "book.yaml:14:16: time must be an ISO-8601 time such as 2026-11-01T00:00:00Z, got \"2022-05-04\"",
                "book.yaml:15:60: price must be a number greater than 0, got -3",
                "book.yaml:16:9: fill is missing required key \"contracts\"",
                "book.yaml:17:64: unknown key \"side\" in fill (expected one of: time, contracts, price, fee, id)");
    }

    @Test
    void fillsNextToPositionIsAnErrorAtTheSecondOne() {
        assertThat(errors("""
                    position: -10
                    contract_size: 1
                    fills:
                      - {time: 2022-05-01T00:00:00Z, contracts: -10, price: 99.5}
                """)).containsExactly("book.yaml:11:5: fills cannot be written together with position: position is "
                + "derived from fills (remove position, entry_price and opened, or write the hedge without fills)");
        assertThat(errors("""
                    fills:
                      - {time: 2022-05-01T00:00:00Z, contracts: -10, price: 99.5}
                    contract_size: 1
                    opened: 2022-05-01T00:00:00Z
                """)).containsExactly("book.yaml:12:5: opened cannot be written together with fills: position is "
                + "derived from fills (remove position, entry_price and opened, or write the hedge without fills)");
    }

    @Test
    void costPriceMustBePositive() {
        BookException e = catchThrowableOfType(BookException.class, () -> BookLoader.parse(
                HEAD.replace("120.5", "-1") + "    contract_size: 1\n", "book.yaml", Optional.empty()));
        assertThat(e.errors()).extracting(BookError::toString)
                .containsExactly("book.yaml:4:17: cost_price must be a number greater than 0, got -1");
    }
}
