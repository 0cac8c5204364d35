package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TerminalSessionTest {
    private static TerminalSession.Capabilities detect(boolean noColor, Charset jvm, String... env) {
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < env.length; i += 2) {
            vars.put(env[i], env[i + 1]);
        }
        return TerminalSession.detect(noColor, vars::get, jvm);
    }

    @ParameterizedTest(name = "LC_ALL={0} LC_CTYPE={1} LANG={2} -> unicode {3}")
    @CsvSource(nullValues = "-", value = {
            "-, -, en_US.UTF-8, true",
            "-, -, C.utf8, true",
            "-, -, C, false",
            "-, -, POSIX, false",
            "C, -, en_US.UTF-8, false",       // LC_ALL wins
            "-, de_DE.UTF-8, C, true",        // LC_CTYPE before LANG
            "en_GB.ISO-8859-1, -, -, false",
            "'', -, en_US.UTF-8, true"})      // an empty variable counts as unset
    void unicodeFollowsTheLocale(String lcAll, String lcCtype, String lang, boolean expected) {
        Map<String, String> vars = new HashMap<>();
        vars.put("LC_ALL", lcAll);
        vars.put("LC_CTYPE", lcCtype);
        vars.put("LANG", lang);
        assertThat(TerminalSession.detect(false, vars::get, StandardCharsets.US_ASCII).unicode()).isEqualTo(expected);
    }

    @Test
    void withoutALocaleTheJvmCharsetDecides() {
        assertThat(detect(false, StandardCharsets.UTF_8).unicode()).isTrue();
        assertThat(detect(false, StandardCharsets.ISO_8859_1).unicode()).isFalse();
        assertThat(detect(false, StandardCharsets.ISO_8859_1).charset()).isEqualTo(Charset.defaultCharset());
        assertThat(detect(false, StandardCharsets.UTF_8).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void colourIsOffWithTheFlagOrANonEmptyNoColor() {
        assertThat(detect(false, StandardCharsets.UTF_8).color()).isTrue();
        assertThat(detect(true, StandardCharsets.UTF_8).color()).isFalse();
        assertThat(detect(false, StandardCharsets.UTF_8, "NO_COLOR", "1").color()).isFalse();
        assertThat(detect(false, StandardCharsets.UTF_8, "NO_COLOR", "").color()).isTrue();
    }

    @Test
    void theStderrLineIsOneSafeLine() {
        String line = TerminalSession.oneLine(new IllegalStateException("bad\nthing \u001b[2J here"));
        assertThat(line).isEqualTo("IllegalStateException: bad thing ?[2J here");
        assertThat(TerminalSession.oneLine(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
