package org.hedgetop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a person uses it: in a 120x40 tmux pane on a copy of the demo book, with keys
 * typed into the pane and the screen read back.
 */
class MonitorTmuxIT {
    static final Duration START = Duration.ofSeconds(60); // a cold JVM on a busy 2-core machine
    static final Duration STEP = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    Tmux tmux;
    Path book;

    @BeforeAll
    static void tmuxIsThere() {
        Tmux.requireInstalled();
    }

    @BeforeEach
    void setUp() throws IOException {
        tmux = new Tmux(dir);
        book = dir.resolve("book.yaml");
        Files.copy(Path.of("portfolios", "demo.yaml"), book);
    }

    @AfterEach
    void tearDown() {
        tmux.close();
    }

    private String command() {
        Path jar = Path.of(System.getProperty("hedgetop.jar", "target/hedgetop.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run after `package`)").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the shell writes the JVM's exit status to a file (tmux's own record of it is not always there) and
        // stays, so the terminal modes the JVM left can be read (tmux hides the cursor of a dead pane)
        return "cd " + quote(dir.toString()) + " && env XDG_STATE_HOME=" + quote(dir.resolve("state").toString())
                + " XDG_CONFIG_HOME=" + quote(dir.resolve("config").toString())
                + " LC_ALL=C LANG=C NO_COLOR= " + quote(java) + " -jar " + quote(jar.toString()) + " book.yaml"
                + "; echo $? > exit-status; exec sleep 600";
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private void startAndAwaitFirstFrame() {
        tmux.start(120, 40, command());
        tmux.awaitScreen(s -> s.contains("Demo altcoin book"), "the first frame", START);
    }

    @Test
    void plusSaveQuitChangesOnlyTheTargetInTheFile() throws IOException {
        String before = Files.readString(book, StandardCharsets.UTF_8);
        startAndAwaitFirstFrame();

        tmux.keys("+");
        tmux.awaitScreen(s -> s.contains("sol-perp target 100 -> 105 %"), "the target change", STEP);
        assertThat(Files.readString(book, StandardCharsets.UTF_8)).as("nothing written before s").isEqualTo(before);

        tmux.keys("s");
        tmux.awaitScreen(s -> s.contains("saved book.yaml"), "the save", STEP);

        tmux.keys("q");
        assertThat(awaitExitStatus()).isEqualTo("0");

        String after = Files.readString(book, StandardCharsets.UTF_8);
        // expected by hand: the first target_pct in the file is sol-perp's 100 (the first hedge, selected at start)
        String line = "    target_pct: 100                   # wanted coverage; + / - in the monitor change it";
        assertThat(before).contains(line);
        String expected = before.replace(line, line.replace("target_pct: 100", "target_pct: 105"));
        assertThat(after).isEqualTo(expected);
        assertThat(changedLines(before, after)).hasSize(1);
        assertThat(Files.readString(dir.resolve("book.yaml.bak"), StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @Test
    void externalEditsReloadAndABrokenFileKeepsTheLastGoodBook() throws Exception {
        String original = Files.readString(book, StandardCharsets.UTF_8);
        startAndAwaitFirstFrame();

        String line = "    target_pct: 80";
        assertThat(original).contains(line);
        writeLikeAnEditor(original.replace(line, "    target_pct: 70"));
        tmux.awaitScreen(s -> s.contains("reloaded book.yaml"), "the reload", STEP);

        String broken = original.replace("  shock_pct: -20", "  shock_pct: lots");
        int brokenLine = lineOf(broken, "  shock_pct: lots");
        writeLikeAnEditor(broken);
        tmux.awaitScreen(s -> s.contains("not reloaded: book.yaml:" + brokenLine + ":"), "the located error", STEP);
        assertThat(tmux.screen()).contains("Demo altcoin book"); // the last good book stays on screen

        writeLikeAnEditor(original);
        tmux.awaitScreen(s -> s.contains("reloaded book.yaml") && !s.contains("not reloaded"), "the fix", STEP);
        tmux.keys("q");
        assertThat(awaitExitStatus()).as("nothing unsaved: q quits at once").isEqualTo("0");
        assertThat(Files.readString(book, StandardCharsets.UTF_8)).isEqualTo(original);
    }

    /** Writes a new version the way many editors do: a new file renamed over the old one. */
    private void writeLikeAnEditor(String text) throws IOException {
        Path tmp = dir.resolve(".book.yaml.swp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, book, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static int lineOf(String text, String content) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(content)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + content);
    }

    @Test
    void sigtermRestoresTheTerminal() throws Exception {
        startAndAwaitFirstFrame();
        // the monitor runs on the alternate screen with the cursor hidden (the frame's text may reach the
        // terminal a moment before the escape that hides the cursor, hence the wait)
        tmux.awaitFormat("#{alternate_on}", "1", STEP);
        tmux.awaitFormat("#{cursor_flag}", "0", STEP);
        long shell = Long.parseLong(tmux.format("#{pane_pid}"));
        ProcessHandle jvm = ProcessHandle.of(shell).orElseThrow().children().findFirst().orElseThrow();
        assertThat(jvm.info().command().orElse("")).endsWith("java");
        assertThat(jvm.destroy()).as("SIGTERM sent").isTrue();

        assertThat(awaitExitStatus()).as("128 + 15").isEqualTo("143");
        assertThat(tmux.format("#{alternate_on}")).as("alternate screen left").isEqualTo("0");
        assertThat(tmux.format("#{cursor_flag}")).as("cursor visible again").isEqualTo("1");
        Path log = dir.resolve("state").resolve("hedgetop").resolve("hedgetop.log");
        assertThat(log).exists();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("SIGTERM");
        assertThat(tmux.screen()).as("no frame painted over the shell after the screen was left").isBlank();
    }

    /** The JVM's exit status, once the shell in the pane has written it. */
    private String awaitExitStatus() throws IOException {
        Path status = dir.resolve("exit-status");
        try {
            // the pane's shell writes the file when the JVM is gone
            return Tmux.polling("the exit status", STEP).until(
                    () -> Files.exists(status) ? Files.readString(status, StandardCharsets.UTF_8).strip() : "",
                    s -> !s.isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the monitor did not exit; screen:\n" + tmux.screen(), e);
        }
    }

    private static List<String> changedLines(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        assertThat(y).hasSameSizeAs(x);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                changed.add(x.get(i) + " => " + y.get(i));
            }
        }
        return changed;
    }
}
