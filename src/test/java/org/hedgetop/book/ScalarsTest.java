package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict number grammar: what a book accepts as a number, and the hint it gives otherwise. */
class ScalarsTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "2.5 | 2.5", "-20000 | -20000", "1e3 | 1000", "1E-2 | 0.01", "+5 | 5", "0 | 0", "0.5 | 0.5",
            "100_000 | 100000", "1_000.000_1 | 1000.0001", "-0.0 | 0", "12.50 | 12.5"})
    void accepted(String raw, String value) {
        assertThat(Scalars.decimal(raw).value()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "012 | leading zero", "00.5 | leading zero", "0x1F | hex", "0o17 | hex, octal", "0b101 | binary",
            ".nan | not a finite", ".inf | not a finite", "-.Inf | not a finite", "NaN | not a finite",
            ".5 | write a 0 before the point", "5. | digits after the point", "yes | ''", "ON | ''",
            "1,000 | ''", "1__000 | ''", "_1 | ''", "1_ | ''", "1e | ''", "1e+ | ''", "- | ''", "'' | ''",
            "1.2.3 | ''", "2026-12-25 | ''", "1e99999999999 | out of range", "' 1' | ''", "١٢ | ''"})
    void rejected(String raw, String hint) {
        Scalars.Decimal d = Scalars.decimal(raw);
        assertThat(d.value()).as(raw).isEmpty();
        assertThat(d.hint()).contains(hint);
    }

    @Test
    void veryLongTextIsNotReadAsANumber() {
        assertThat(Scalars.decimal("1".repeat(65)).hint()).contains("too long");
        assertThat(Scalars.decimal("1".repeat(64)).value()).isPresent();
    }

    @Test
    void datesAreStrict() {
        assertThat(Scalars.date("2026-12-25")).isPresent();
        assertThat(Scalars.date("2026-02-29")).isEmpty();
        assertThat(Scalars.date("2026-2-3")).isEmpty();
        assertThat(Scalars.date("26-12-25")).isEmpty();
        assertThat(Scalars.instant("2026-11-01T00:00:00Z")).isPresent();
        assertThat(Scalars.instant("2026-11-01")).isEmpty();
    }

    @Test
    void numbersAreShownAsPeopleWriteThem() {
        assertThat(Scalars.plain(300)).isEqualTo("300");
        assertThat(Scalars.plain(0.5)).isEqualTo("0.5");
        assertThat(Scalars.plain(-20)).isEqualTo("-20");
    }

    @Test
    void spellingSuggestsOnlyCloseWords() {
        java.util.List<String> keys = BookReader.HOLDING;
        assertThat(Spelling.closest("unts", keys)).contains("units");
        assertThat(Spelling.closest("Units", keys)).contains("units");
        assertThat(Spelling.closest("stakingapy", keys)).contains("staking_apy_pct");
        assertThat(Spelling.closest("colour", keys)).isEmpty();
        assertThat(Spelling.closest("x".repeat(1000), keys)).isEmpty();
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    }
}
