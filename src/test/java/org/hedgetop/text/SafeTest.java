package org.hedgetop.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTest {
    @Test
    void controlAndBidiCharactersAreReplaced() {
        assertThat(Safe.text("a\u001b]0;x\u0007b")).isEqualTo("a?]0;x?b");
        assertThat(Safe.text("\u009b2J")).isEqualTo("?2J");
        assertThat(Safe.text("\u202eevil")).isEqualTo("?evil");
        assertThat(Safe.text("tab\there\u007f")).isEqualTo("tab?here?");
        assertThat(Safe.text(null)).isEmpty();
    }

    @Test
    void plainTextAndUnicodeLettersPass() {
        assertThat(Safe.text("Solana ünd 日本")).isEqualTo("Solana ünd 日本");
    }

    @Test
    void longTextIsCutWithAMarkCountingCodePoints() {
        assertThat(Safe.text("abcdef", 4)).isEqualTo("abc~");
        assertThat(Safe.text("abcd", 4)).isEqualTo("abcd");
        // non-BMP letters count once each, and a string that fits is not marked as cut
        String gothic = new String(Character.toChars(0x10330)).repeat(3);
        assertThat(Safe.text(gothic, 3)).isEqualTo(gothic);
        assertThat(Safe.text(gothic + "x", 3)).isEqualTo(gothic.substring(0, 4) + "~");
    }
}
