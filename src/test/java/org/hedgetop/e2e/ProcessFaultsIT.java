package org.hedgetop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults from outside the process, end to end: the packaged jar in its own tmux server (a random socket),
 * then SIGTERM, SIGHUP, a closed pane, a storm of resizes and a 20x5 terminal.
 */
class ProcessFaultsIT {
    static final Duration START = Duration.ofSeconds(60); // a cold JVM on a busy 2-core machine
    static final Duration STEP = Duration.ofSeconds(20);
    static final String TITLE = "Process faults book";

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
                + "holdings:\n  - {token: SOL, units: 1000}\n  - {token: UNI, units: 5000}\n"
                + "hedges:\n  - {covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -900}\n",
                StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        tmux.close();
    }

    private String command() {
        Path jar = Path.of(System.getProperty("hedgetop.jar", "target/hedgetop.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run after `package`)").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the shell records the JVM's exit status and stays, so the terminal modes the JVM left can be read
        return "cd " + quote(dir.toString()) + " && env XDG_STATE_HOME=" + quote(dir.resolve("state").toString())
                + " XDG_CONFIG_HOME=" + quote(dir.resolve("config").toString()) + " LC_ALL=C LANG=C "
                + quote(java) + " -jar " + quote(jar.toString()) + " book.yaml; echo $? > exit-status; exec sleep 600";
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private ProcessHandle startMonitor(int columns, int rows) {
        tmux.start(columns, rows, command());
        tmux.awaitScreen(s -> s.contains(TITLE), "the first frame", START);
        tmux.awaitFormat("#{alternate_on}", "1", STEP);
        tmux.awaitFormat("#{cursor_flag}", "0", STEP);
        long shell = Long.parseLong(tmux.format("#{pane_pid}"));
        ProcessHandle jvm = ProcessHandle.of(shell).orElseThrow().children().findFirst().orElseThrow();
        assertThat(jvm.info().command().orElse("")).endsWith("java");
        return jvm;
    }

    private String awaitExitStatus() throws Exception {
        Path status = dir.resolve("exit-status");
        try {
            // waiting on another process: nothing to block on
            return Tmux.polling("the exit status", STEP)
                    .until(() -> Files.exists(status) ? Files.readString(status).strip() : "", s -> !s.isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no exit status after " + STEP.toSeconds() + " s; screen:\n" + tmux.screen(), e);
        }
    }

    /** The monitor's log; it exists once the monitor ran (so "no exception in it" means something). */
    private String log() throws IOException {
        Path log = dir.resolve("state").resolve("hedgetop").resolve("hedgetop.log");
        assertThat(log).as("the monitor's log").exists();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("watching");
        return text;
    }

    private void assertTerminalRestored() {
        assertThat(tmux.format("#{alternate_on}")).as("alternate screen left").isEqualTo("0");
        assertThat(tmux.format("#{cursor_flag}")).as("cursor visible again").isEqualTo("1");
        assertThat(tmux.screen()).as("the shell's screen is back").doesNotContain(TITLE);
    }

    private static void signal(ProcessHandle jvm, String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(jvm.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s", name).isZero();
    }

    @Test
    void sigtermRestoresTheTerminal() throws Exception {
        ProcessHandle jvm = startMonitor(120, 40);
        signal(jvm, "TERM");
        assertThat(awaitExitStatus()).as("128 + 15").isEqualTo("143");
        assertTerminalRestored();
        assertThat(log()).doesNotContain("Exception");
    }

    @Test
    void sighupRestoresTheTerminal() throws Exception {
        ProcessHandle jvm = startMonitor(120, 40);
        signal(jvm, "HUP");
        assertThat(awaitExitStatus()).as("128 + 1").isEqualTo("129");
        assertTerminalRestored();
        assertThat(log()).doesNotContain("Exception");
    }

    @Test
    void closingThePaneEndsTheProcessWithoutSpinning() throws Exception {
        ProcessHandle jvm = startMonitor(120, 40);
        assertThat(cpuTicks(jvm)).as("CPU time of the JVM is readable from /proc").isPositive();
        // idle, the monitor wakes once a second: far from a core's worth of CPU
        assertThat(cpuShare(jvm, Duration.ofSeconds(5))).as("share of a core used while idle").isLessThan(0.6);
        tmux.run("kill-pane", "-t", Tmux.SESSION);
        // the terminal is gone: reading keys ends, and the process must end rather than spin on EOF
        long deadline = System.nanoTime() + STEP.toNanos();
        long lastCpu = cpuTicks(jvm);
        long lastTime = System.nanoTime();
        while (jvm.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            long cpu = cpuTicks(jvm);
            long time = System.nanoTime();
            if (cpu >= 0 && jvm.isAlive() && time - lastTime > 0) {
                double share = (cpu - lastCpu) * 1e9 / CLOCK_TICKS / (time - lastTime);
                assertThat(share).as("share of a core used after the pane closed").isLessThan(0.95);
            }
            lastCpu = cpu;
            lastTime = time;
        }
        assertThat(jvm.isAlive()).as("the process ended after its pane closed").isFalse();
    }

    @Test
    void aResizeStormAndATinyTerminalNeverThrow() throws Exception {
        ProcessHandle jvm = startMonitor(120, 40);
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            tmux.run("resize-window", "-t", Tmux.SESSION, "-x", String.valueOf(10 + random.nextInt(200)),
                    "-y", String.valueOf(3 + random.nextInt(60)));
        }
        tmux.run("resize-window", "-t", Tmux.SESSION, "-x", "20", "-y", "5");
        String tiny = tmux.awaitScreen(s -> s.contains("enlarge"), "the enlarge notice at 20x5", STEP);
        assertThat(tiny.lines().toList()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
        assertThat(jvm.isAlive()).as("alive at 20x5").isTrue();
        tmux.run("resize-window", "-t", Tmux.SESSION, "-x", "120", "-y", "40");
        tmux.awaitScreen(s -> s.contains(TITLE), "the frame back at 120x40", STEP);
        assertThat(jvm.isAlive()).as("alive after the storm").isTrue();
        tmux.keys("q");
        assertThat(awaitExitStatus()).isEqualTo("0");
        assertThat(log()).as("the log after the storm").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
    static final double CLOCK_TICKS = 100;

    /** User plus system CPU ticks of a process, from /proc; -1 once it is gone. */
    static long cpuTicks(ProcessHandle p) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            // the command name may contain spaces: fields after the closing parenthesis
            List<String> f = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            return Long.parseLong(f.get(11)) + Long.parseLong(f.get(12)); // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static double cpuShare(ProcessHandle p, Duration over) throws InterruptedException {
        long before = cpuTicks(p);
        long t0 = System.nanoTime();
        Thread.sleep(over.toMillis()); // measuring CPU use over a wall-clock span is the point here
        long after = cpuTicks(p);
        return (after - before) / CLOCK_TICKS / ((System.nanoTime() - t0) / 1e9);
    }
}
