package org.hedgetop.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forms that came from risk's Words and tui's Numbers into the one screen formatter. */
class FmtSentenceTest {
    @Test
    void plainWritesANumberAsTheUserWouldType() {
        assertThat(Fmt.plain(180)).isEqualTo("180");
        assertThat(Fmt.plain(-20)).isEqualTo("-20");
        assertThat(Fmt.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Fmt.plain(12.25)).isEqualTo("12.25");
        assertThat(Fmt.plain(0.1234567)).isEqualTo("0.123457");   // six significant digits
        assertThat(Fmt.plain(1_234_567.8)).isEqualTo("1234568");   // but every digit of the whole part
        assertThat(Fmt.plain(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void aPriceInASentenceHasTwoDecimalsOrFourSignificantDigits() {
        assertThat(Fmt.sentencePrice(180)).isEqualTo("180.00");
        assertThat(Fmt.sentencePrice(0.0001234)).isEqualTo("0.0001234");
        assertThat(Fmt.sentencePrice(0.5)).isEqualTo("0.5000");
        assertThat(Fmt.sentencePct(12.34)).isEqualTo("12.3 %");
    }
}
