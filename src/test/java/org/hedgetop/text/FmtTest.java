package org.hedgetop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FmtTest {

    @ParameterizedTest(name = "fixed({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "1.005     | 2 | 1.01",     // binary 1.00499999... but the user reads 1.005: half up
        "2.5       | 0 | 3",
        "-2.5      | 0 | -3",       // half away from zero, symmetric for losses
        "0.125     | 2 | 0.13",
        "-0.001    | 2 | 0.00",     // never "-0.00"
        "-1234.5   | 2 | -1234.50",
        "0.0000001 | 4 | 0.0000",
        "123456789012.345 | 1 | 123456789012.3"})
    void fixedRoundsHalfUpOnTheDecimalValue(double v, int decimals, String expected) {
        assertThat(Fmt.fixed(v, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "grouped({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "1234567.891 | 2 | 1,234,567.89",
        "-1234       | 0 | -1,234",
        "999         | 0 | 999",
        "1000        | 0 | 1,000",
        "0           | 0 | 0",
        "999999.5    | 0 | 1,000,000",
        "1e18        | 0 | 1,000,000,000,000,000,000"})
    void groupedPutsSeparatorsEveryThreeDigits(double v, int decimals, String expected) {
        assertThat(Fmt.grouped(v, decimals)).isEqualTo(expected);
    }

    @Test
    void signedShowsPlusOnlyWhenTheRoundedValueIsNotZero() {
        assertThat(Fmt.signed(5, 0)).isEqualTo("+5");
        assertThat(Fmt.signed(-5, 0)).isEqualTo("-5");
        assertThat(Fmt.signed(0, 0)).isEqualTo("0");
        assertThat(Fmt.signed(0.004, 2)).isEqualTo("0.00");
        assertThat(Fmt.signedPct(1.25, 2)).isEqualTo("+1.25%");
        assertThat(Fmt.signedPct(-0.04, 1)).isEqualTo("0.0%");
    }

    @ParameterizedTest(name = "abbrev({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "15000         | 1 | 15.0K",
        "1234567       | 1 | 1.2M",
        "999950        | 1 | 1.0M",     // rounds up into the next unit, not "1000.0K"
        "999949        | 1 | 999.9K",
        "-3400000000   | 1 | -3.4B",
        "5.6e12        | 1 | 5.6T",
        "999.4         | 1 | 999.4",
        "1250          | 1 | 1.3K",
        "1e16          | 0 | 10000T"})
    void abbrevChoosesTheUnitAfterRounding(double v, int decimals, String expected) {
        assertThat(Fmt.abbrev(v, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "fit({0}, {1}, width {2}) = {3}")
    @CsvSource(delimiter = '|', value = {
        "15234000    | 0 | 10 | 15,234,000",
        "15234000    | 0 | 9  | 15.2M",
        "15234000.5  | 2 | 12 | 15,234,001",   // decimals go before the number is abbreviated
        "15234000    | 0 | 3  | 15M",
        "15234000    | 0 | 2  | ##",           // nothing fits: never a cut number
        "-15234000   | 0 | 6  | -15.2M"})
    void fitTakesTheLongestFormThatFits(double v, int decimals, int width, String expected) {
        assertThat(Fmt.fit(v, decimals, width)).isEqualTo(expected);
    }

    @Test
    void unknownValuesPrintNa() {
        assertThat(Fmt.fit(OptionalDouble.empty(), 0, 10)).isEqualTo("n/a");
        assertThat(Fmt.fit(Double.NaN, 2, 10)).isEqualTo("n/a");
        assertThat(Fmt.grouped(Double.POSITIVE_INFINITY, 2)).isEqualTo("n/a");
        assertThat(Fmt.price(OptionalDouble.empty(), 10)).isEqualTo("n/a");
        assertThat(Fmt.money(OptionalDouble.empty(), 10)).isEqualTo("n/a");
        assertThat(Fmt.order(OptionalLong.empty(), 10)).isEqualTo("n/a");
        assertThat(Fmt.pct(Double.NaN, 1)).isEqualTo("n/a");
    }

    @ParameterizedTest(name = "price({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "67012.345    | 67,012.35",
        "150.234      | 150.23",
        "25.1234      | 25.123",
        "2            | 2.0000",
        "0.123456     | 0.12346",
        "0.0000123456 | 0.00001235",
        "0            | 0.00"})
    void priceShowsFiveSignificantDigits(double v, String expected) {
        assertThat(Fmt.price(v, 20)).isEqualTo(expected);
    }

    @Test
    void priceDropsDecimalsToFit() {
        assertThat(Fmt.price(67012.34, 8)).isEqualTo("67,012.3");
        assertThat(Fmt.price(67012.34, 6)).isEqualTo("67,012");
        assertThat(Fmt.price(67012.34, 5)).isEqualTo("67.0K");
    }

    @Test
    void unitsKeepFractionsUpToFourDecimals() {
        assertThat(Fmt.units(100_000, 12)).isEqualTo("100,000");
        assertThat(Fmt.units(0.5, 12)).isEqualTo("0.5");
        assertThat(Fmt.units(1234.56789, 12)).isEqualTo("1,234.5679");
        assertThat(Fmt.units(12.10, 12)).isEqualTo("12.1");
        assertThat(Fmt.units(1_500_000, 7)).isEqualTo("1.5M");
    }

    @Test
    void moneyHasCentsBelowAHundred() {
        assertThat(Fmt.money(99.994, 12)).isEqualTo("99.99");
        assertThat(Fmt.money(100, 12)).isEqualTo("100");
        assertThat(Fmt.money(1234.5, 12)).isEqualTo("1,235");
        assertThat(Fmt.signedMoney(-56.2, 12)).isEqualTo("-56.20");
        assertThat(Fmt.signedMoney(18_235.5, 12)).isEqualTo("+18,236");
    }

    @Test
    void abbreviatedFormKeepsSmallValuesShort() {
        assertThat(Fmt.abbreviated(40, 8, false)).isEqualTo("40");
        assertThat(Fmt.abbreviated(412.75, 8, false)).isEqualTo("412.8");
        assertThat(Fmt.abbreviated(15_234_000, 8, false)).isEqualTo("15.2M");
        assertThat(Fmt.abbreviated(-55_473, 8, true)).isEqualTo("-55.5K");
    }

    @Test
    void ordersSayWhatToDo() {
        assertThat(Fmt.order(OptionalLong.of(12), 10)).isEqualTo("sell 12");
        assertThat(Fmt.order(OptionalLong.of(-3), 10)).isEqualTo("buy 3");
        assertThat(Fmt.order(OptionalLong.of(0), 10)).isEqualTo("-");
        assertThat(Fmt.order(OptionalLong.of(1015), 10)).isEqualTo("sell 1,015");
        assertThat(Fmt.order(OptionalLong.of(12_000), 8)).isEqualTo("sell 12K");
    }

    @Test
    void percentages() {
        assertThat(Fmt.pct(12.345, 1)).isEqualTo("12.3%");
        assertThat(Fmt.pctTrim(100)).isEqualTo("100%");
        assertThat(Fmt.pctTrim(12.5)).isEqualTo("12.5%");
        assertThat(Fmt.pctTrim(33.333)).isEqualTo("33.33%");
    }

    @Test
    void countdownGoesFromCoarseToFine() {
        assertThat(Fmt.countdown(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(Fmt.countdown(Duration.ofSeconds(725))).isEqualTo("12m05s");
        assertThat(Fmt.countdown(Duration.ofHours(3).plusMinutes(25).plusSeconds(4))).isEqualTo("3h25m");
        assertThat(Fmt.countdown(Duration.ofDays(3).plusHours(4))).isEqualTo("3d04h");
        assertThat(Fmt.countdown(Duration.ZERO)).isEqualTo("due");
        assertThat(Fmt.countdown(Duration.ofSeconds(-5))).isEqualTo("due");
    }
}
