package org.hedgetop.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A private tmux server (its own socket, no user config) that runs one command in a detached session of
 * a fixed size, types into it and reads the screen back. {@link #close()} kills the server and all in it.
 */
final class Tmux implements AutoCloseable {
    static final String SESSION = "it";
    private final String socket = "hedgetop-it-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    private final Path config;

    Tmux(Path dir) throws IOException {
        config = dir.resolve("tmux.conf");
        Files.writeString(config, "set -g default-terminal screen-256color\nset -g status off\n");
    }

    /** Fails (never skips) when tmux is not installed: the end-to-end tests are part of the build. */
    static void requireInstalled() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("`tmux -V` failed; the end-to-end tests need tmux (.ci/run installs it)");
            }
        } catch (IOException e) {
            fail("tmux is not installed; the end-to-end tests need it (.ci/run installs it): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    void start(int columns, int rows, String shellCommand) {
        run("new-session", "-d", "-s", SESSION, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                shellCommand);
    }

    void keys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    String screen() {
        return run("capture-pane", "-p", "-t", SESSION);
    }

    /** A pane format variable, e.g. {@code #{alternate_on}}. */
    String format(String expression) {
        return run("display-message", "-p", "-t", SESSION, expression).strip();
    }

    /** Waits for the screen to satisfy {@code condition}; fails with the last screen after the deadline. */
    String awaitScreen(Predicate<String> condition, String what, Duration timeout) {
        AtomicReference<String> last = new AtomicReference<>("");
        try {
            return polling(what, timeout).until(this::screen, s -> {
                last.set(s);
                return condition.test(s);
            });
        } catch (ConditionTimeoutException e) {
            return fail("timed out after " + timeout.toSeconds() + " s waiting for " + what + "; screen:\n" + last);
        }
    }

    void awaitFormat(String expression, String expected, Duration timeout) {
        AtomicReference<String> last = new AtomicReference<>("");
        try {
            polling(expression, timeout).until(() -> format(expression), s -> {
                last.set(s);
                return s.equals(expected);
            });
        } catch (ConditionTimeoutException e) {
            fail("timed out waiting for " + expression + " = " + expected + " (last " + last + "); screen:\n"
                    + screen());
        }
    }

    /** Polling tmux from outside: there is nothing to block on, so ask every 100 ms. */
    static ConditionFactory polling(String what, Duration timeout) {
        return Awaitility.await(what).atMost(timeout).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100));
    }

    String run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", config.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("tmux did not answer: " + cmd);
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                fail("tmux failed (" + p.exitValue() + "): " + cmd + "\n" + text);
            }
            return text;
        } catch (IOException e) {
            return fail("cannot run tmux: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    @Override
    public void close() {
        try {
            Process p = new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no server left to kill
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
