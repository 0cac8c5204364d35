package org.hedgetop.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hedgetop.risk.Alert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child process. hedgetop never uses a shell; the test's argv runs one on purpose to look at the
 * environment the command receives. The message carries shell syntax that must stay text.
 */
class CommandChannelTest {
    private static final AlertEvent EVENT = new AlertEvent(AlertEvent.Type.RAISED, Alert.Kind.DRIFT, "sol-perp",
            "coverage 91.0 % vs target 80 %; $(touch /tmp/pwned) `id`", Instant.parse("2026-11-30T12:00:00Z"),
            "SOL staking book");

    @Test
    void theCommandGetsTheEventInItsEnvironment(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("env.txt");
        new CommandChannel(List.of("/bin/sh", "-c", "env > \"$0\"", out.toString()), Duration.ofSeconds(10))
                .send(EVENT);
        List<String> env = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(env).contains("HEDGETOP_ALERT_EVENT=raised", "HEDGETOP_ALERT_KIND=drift",
                "HEDGETOP_ALERT_SUBJECT=sol-perp",
                "HEDGETOP_ALERT_MESSAGE=coverage 91.0 % vs target 80 %; $(touch /tmp/pwned) `id`",
                "HEDGETOP_ALERT_TIME=2026-11-30T12:00:00Z", "HEDGETOP_ALERT_BOOK=SOL staking book");
        assertThat(env).noneMatch(line -> line.startsWith("HEDGETOP_TELEGRAM_TOKEN="));
    }

    @Test
    void argumentsArePassedAsWrittenNotThroughAShell(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("args.txt");
        // printf gets '$HOME; echo no' as one argument: no shell expands or splits it
        Path printf = Path.of("/usr/bin/printf").toFile().exists() ? Path.of("/usr/bin/printf") : Path.of("/bin/printf");
        new CommandChannel(List.of("/bin/sh", "-c", "\"$1\" '%s|' \"$2\" > \"$0\"", out.toString(),
                printf.toString(), "$HOME; echo no"), Duration.ofSeconds(10)).send(EVENT);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("$HOME; echo no|");
    }

    @Test
    void aCommandThatRunsTooLongIsKilled(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("pid");
        CommandChannel slow = new CommandChannel(List.of("/bin/sh", "-c", "echo $$ > \"$0\"; exec sleep 60",
                pidFile.toString()), Duration.ofMillis(700));
        Throwable t = catchThrowable(() -> slow.send(EVENT));
        assertThat(t).isInstanceOf(IOException.class).hasMessage("sh ran longer than 700 ms and was killed");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        await().atMost(Duration.ofSeconds(5)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    @Test
    void aFailingCommandSaysItsStatusAndAMissingOneCannotStart() {
        Throwable failed = catchThrowable(() -> new CommandChannel(List.of("/bin/sh", "-c", "exit 3"),
                Duration.ofSeconds(10)).send(EVENT));
        assertThat(failed).isInstanceOf(IOException.class).hasMessage("sh exited with status 3");
        Throwable missing = catchThrowable(() -> new CommandChannel(List.of("/nonexistent/page-me", "--token=abc"),
                Duration.ofSeconds(10)).send(EVENT));
        assertThat(missing).isInstanceOf(IOException.class).hasMessageStartingWith("cannot start page-me: ")
                .hasMessageNotContaining("--token=abc");
    }
}
