package org.hedgetop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 items 5, 6 and 10, as a person meets them: the packaged jar started from an interactive bash
 * (job control on) in a private tmux server. Ctrl-Z must hand the terminal back (main screen, cursor, line
 * mode with echo), {@code fg} must take it again (raw: a key acts without Enter); quitting after the
 * window grew must leave nothing of the monitor above the prompt; and a book deleted under a monitor that
 * opened it by a relative path must give a {@code .conflict}, not a NullPointerException.
 */
class JobControlIT {
    static final Duration START = Duration.ofSeconds(60); // a cold JVM on a busy 2-core machine
    static final Duration STEP = Duration.ofSeconds(20);
    static final String TITLE = "Job control book";

    @TempDir
    Path dir;
    Tmux tmux;

    @BeforeAll
    static void tmuxIsThere() {
        Tmux.requireInstalled();
    }

    @BeforeEach
    void setUp() throws IOException {
        tmux = new Tmux(dir);
        Files.writeString(dir.resolve("book.yaml"), "name: " + TITLE + "\nfeed: {source: simulated, seed: 3}\n"
                + "holdings:\n  - {token: SOL, units: 1000}\n"
                + "hedges:\n  - {id: sol-perp, covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -900}\n",
                StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        tmux.close();
    }

    /** An interactive bash without any rc file, so job control is on and the prompt is known. */
    private void startShell(int columns, int rows) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        tmux.start(columns, rows, "env -i PATH=/usr/bin:/bin TERM=screen-256color LC_ALL=C LANG=C"
                + " HOME=" + quote(dir.toString()) + " XDG_STATE_HOME=" + quote(dir.resolve("state").toString())
                + " XDG_CONFIG_HOME=" + quote(dir.resolve("config").toString()) + " JAVA=" + quote(java)
                + " HISTFILE=/dev/null PS1='PROMPT$ ' bash --norc --noprofile -i");
        tmux.awaitScreen(s -> s.contains("PROMPT$"), "the shell", STEP);
    }

    private void startMonitor() {
        Path jar = Path.of(System.getProperty("hedgetop.jar", "target/hedgetop.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run after `package`)").exists();
        tmux.keys("cd " + quote(dir.toString()) + " && \"$JAVA\" -jar " + quote(jar.toString()) + " book.yaml",
                "Enter");
        tmux.awaitScreen(s -> s.contains(TITLE) && s.contains("simulated: live"), "the first frame", START);
        tmux.awaitFormat("#{alternate_on}", "1", STEP);
        tmux.awaitFormat("#{cursor_flag}", "0", STEP);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The shell's answer to {@code stty -a}: the modes it found, one word a line, icanon and echo only. */
    private String shellModes(String marker) {
        tmux.keys("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' ';"
                + " echo " + marker, "Enter");
        String screen = tmux.awaitScreen(s -> s.lines().anyMatch(l -> l.endsWith(" " + marker)
                && !l.contains("stty")), "the modes", STEP);
        return screen.lines().filter(l -> l.endsWith(" " + marker) && !l.contains("stty")).findFirst().orElseThrow();
    }

    @Test
    void ctrlZGivesTheTerminalBackAndFgTakesItAgain() {
        startShell(120, 40);
        startMonitor();
        roundTrips();
    }

    /**
     * The same through bin/hedgetop on its first run (it makes the class archive, so it waits for java
     * instead of exec-ing it): the launcher is the job the shell sees.
     */
    @Test
    void ctrlZAndFgThroughTheLauncherOnItsFirstRun() {
        Path launcher = Path.of("bin", "hedgetop").toAbsolutePath();
        assertThat(launcher).exists();
        startShell(120, 40);
        tmux.keys("cd " + quote(dir.toString()) + " && " + quote(launcher.toString()) + " book.yaml", "Enter");
        tmux.awaitScreen(s -> s.contains(TITLE) && s.contains("simulated: live"), "the first frame", START);
        tmux.awaitFormat("#{alternate_on}", "1", STEP);
        roundTrips();
    }

    private void roundTrips() {
        tmux.keys("C-z");
        String stopped = tmux.awaitScreen(s -> s.contains("Stopped"), "the shell's job report", STEP);
        tmux.awaitFormat("#{alternate_on}", "0", STEP);
        tmux.awaitFormat("#{cursor_flag}", "1", STEP);
        assertThat(stopped).as("the frozen frame is gone with the alternate screen").doesNotContain(TITLE);
        assertThat(shellModes("MODES1")).isEqualTo("icanon echo MODES1");

        tmux.keys("fg", "Enter");
        tmux.awaitFormat("#{alternate_on}", "1", STEP);
        tmux.awaitScreen(s -> s.contains(TITLE) && s.contains("Exposure"), "the repainted frame", STEP);
        tmux.awaitFormat("#{cursor_flag}", "0", STEP);
        // raw mode again: '?' opens the help at once, no Enter, and is not echoed into the title bar
        tmux.keys("?");
        tmux.awaitScreen(s -> s.contains("Keys"), "the help opened by one key", STEP);
        tmux.keys("Escape");
        tmux.awaitScreen(s -> !s.contains("Keys") && s.contains(TITLE), "the help closed", STEP);

        // a second round trip works as the first (keys typed before the shell reports the stop would still
        // go to the monitor, which leaves the screen first and stops after)
        tmux.keys("C-z");
        tmux.awaitScreen(s -> s.split("Stopped", -1).length == 3, "the second job report", STEP);
        tmux.awaitFormat("#{alternate_on}", "0", STEP);
        tmux.keys("fg", "Enter");
        tmux.awaitFormat("#{alternate_on}", "1", STEP);
        tmux.awaitScreen(s -> s.contains(TITLE), "the frame after the second fg", STEP);

        tmux.keys("q");
        tmux.awaitFormat("#{alternate_on}", "0", STEP);
        tmux.awaitFormat("#{cursor_flag}", "1", STEP);
        tmux.awaitScreen(s -> s.strip().endsWith("PROMPT$"), "the prompt after quitting", STEP);
        assertThat(shellModes("MODES2")).isEqualTo("icanon echo MODES2");
    }

    @Test
    void quittingAfterTheWindowGrewLeavesNothingAboveThePrompt() {
        startShell(80, 24);
        startMonitor();
        tmux.run("resize-window", "-t", Tmux.SESSION, "-x", "200", "-y", "60");
        // the 200-column frame: the hedges pane has room next to the funding pane only at that width
        tmux.awaitScreen(s -> s.lines().anyMatch(l -> l.length() > 150 && l.contains(TITLE)), "the wide frame", STEP);

        tmux.keys("q");
        tmux.awaitFormat("#{alternate_on}", "0", STEP);
        String after = tmux.awaitScreen(s -> s.strip().endsWith("PROMPT$"), "the prompt", STEP);
        assertThat(Arrays.stream(after.split("\n")).map(String::strip).filter(l -> !l.isEmpty()))
                .as("only the command and the new prompt:\n" + after)
                .allMatch(l -> l.startsWith("PROMPT$"));
    }

    @Test
    void withoutKeysTheMonitorSaysThatStdinIsNotATerminal() {
        startShell(120, 40);
        Path jar = Path.of(System.getProperty("hedgetop.jar", "target/hedgetop.jar")).toAbsolutePath();
        tmux.keys("cd " + quote(dir.toString()), "Enter");
        String run = "\"$JAVA\" -jar " + quote(jar.toString()) + " book.yaml";
        tmux.keys(run + " < /dev/null; echo closed=$?", "Enter");
        tmux.awaitScreen(s -> s.contains("closed=2"), "the refusal with stdin from /dev/null", START);
        tmux.keys("true | " + run + "; echo piped=$?", "Enter");
        String screen = tmux.awaitScreen(s -> s.contains("piped=2"), "the refusal with stdin a pipe", START);
        assertThat(screen.split("hedgetop: stdin is not a terminal \\(closed, a pipe or a file\\): the monitor "
                + "reads its keys there", -1)).as(screen).hasSize(3);
        assertThat(screen).doesNotContain("stdout is not a terminal");
    }

    @Test
    void aBookDeletedUnderTheMonitorGoesToAConflictFile() throws IOException {
        startShell(120, 40);
        startMonitor();
        tmux.keys("+");
        tmux.awaitScreen(s -> s.contains("sol-perp target 100 -> 105 %"), "the edit", STEP);
        Files.delete(dir.resolve("book.yaml"));
        tmux.awaitScreen(s -> s.contains("the file is gone"), "the watcher's news", STEP);
        tmux.keys("s");
        String screen = tmux.awaitScreen(s -> s.contains("book.yaml is gone from disk: your edits are in "
                + "book.yaml.conflict"), "the save's answer", STEP);
        assertThat(screen).doesNotContain("NullPointerException");
        Path conflict = dir.resolve("book.yaml.conflict");
        assertThat(conflict).exists();
        assertThat(Files.readString(conflict, StandardCharsets.UTF_8)).contains("target_pct: 105");
        assertThat(dir.resolve("book.yaml")).as("not recreated").doesNotExist();
    }
}
