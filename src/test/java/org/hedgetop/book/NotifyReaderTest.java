package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The notify block: every channel, its defaults, and located errors for URLs, argv and secrets. */
class NotifyReaderTest {
    private static final String BASE = """
            holdings:
              - { token: SOL, units: 10 }
            """;

    @Test
    void everyKeyLoads() throws Exception {
        Book book = BookLoaderTest.parse(BASE + """
                notify:
                  webhook: https://hooks.example.org/hedges
                  ntfy: http://127.0.0.1:8080/my-hedges
                  command: [/usr/local/bin/page-me, --quiet]
                  telegram: { chat_id: -1001234567890 }
                  heartbeat: https://hc.example.org/ping/abc
                  on_clear: false
                  min_interval_seconds: 60
                """);
        assertThat(book.notifications()).isEqualTo(new Notify(Optional.of("https://hooks.example.org/hedges"),
                Optional.of("http://127.0.0.1:8080/my-hedges"), List.of("/usr/local/bin/page-me", "--quiet"),
                Optional.of("-1001234567890"), Optional.of("https://hc.example.org/ping/abc"), false, 60));
        assertThat(book.notifications().any()).isTrue();
    }

    @Test
    void absentBlockAndDefaults() throws Exception {
        assertThat(BookLoaderTest.parse(BASE).notifications()).isEqualTo(Notify.NONE);
        assertThat(Notify.NONE.any()).isFalse();
        Notify n = BookLoaderTest.parse(BASE + "notify:\n  command: /bin/true\n  telegram: { chat_id: '@desk_hedges' }\n")
                .notifications();
        assertThat(n.command()).containsExactly("/bin/true");
        assertThat(n.telegramChatId()).contains("@desk_hedges");
        assertThat(n.onClear()).isTrue();
        assertThat(n.minIntervalSeconds()).isEqualTo(300);
    }

    @Test
    void urlsMustBeHttpWithAHostAndErrorsHideThePath() {
        List<BookError> errors = BookLoaderTest.errors(BASE + """
                notify:
                  webhook: file:///etc/passwd
                  ntfy: ftp://ntfy.example.org/secret-topic
                  heartbeat: https:///nohost
                """);
        assertThat(errors).extracting(e -> e.line() + ":" + e.column()).containsExactly("4:12", "5:9", "6:14");
        assertThat(errors.get(0).message()).startsWith("webhook must be an http:// or https:// URL with a host");
        assertThat(errors.get(1).message()).contains("\"ftp://ntfy.example.org/…\"")
                .doesNotContain("secret-topic");
        assertThat(errors.get(2).message()).endsWith("(no host)");
    }

    @Test
    void aTelegramTokenInTheBookIsAnErrorThatNamesTheVariable() {
        List<BookError> errors = BookLoaderTest.errors(BASE + """
                notify:
                  telegram: { chat_id: 42, bot_token: "123456:ABC-SECRET" }
                """);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line() + ":" + errors.get(0).column()).isEqualTo("4:28");
        assertThat(errors.get(0).message()).contains("HEDGETOP_TELEGRAM_TOKEN").doesNotContain("ABC-SECRET");
    }

    @Test
    void badValuesAreLocated() {
        List<BookError> errors = BookLoaderTest.errors(BASE + """
                notify:
                  command: []
                  telegram: { chat_id: yes please }
                  on_clear: sometimes
                  min_interval_seconds: -5
                  pager: https://example.org
                """);
        assertThat(errors).extracting(e -> e.line() + ":" + e.column() + " " + e.message().split(",")[0])
                .containsExactly(
                        "4:12 command must name a program to run",
                        "5:24 chat_id must be a whole number (such as 123456789 or -1001234567890) or a channel name such as @my_channel",
                        "6:13 on_clear must be true or false",
                        "7:25 min_interval_seconds must be a whole number of seconds from 0 to 604800 (a week)",
                        "8:3 unknown key \"pager\" in notify (expected one of: webhook");
    }
}
