package org.hedgetop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hedgetop.text.Safe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Command line entry point. With no sub-command it opens the monitor on FILE (or the default book).
 * Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad input.
 */
@Command(name = "hedgetop", mixinStandardHelpOptions = true, versionProvider = Hedgetop.Version.class,
        description = "Terminal monitor for altcoin holdings hedged with short (micro-)futures.",
        subcommands = {CheckCommand.class, ReportCommand.class, SetCommand.class, FillCommand.class, SyncCommand.class,
                InitCommand.class, WatchCommand.class, BacktestCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad input, 3 alerts active (report --fail-on-alert).",
                // one path a line: picocli wraps at 80 columns and split "~/." from "config/..."
                "With no FILE the book is", "  $XDG_CONFIG_HOME/hedgetop/book.yaml", "  (default ~/.config/hedgetop/book.yaml)."})
public final class Hedgetop implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    /** {@code report --fail-on-alert}: the report was printed and at least one alert is active. */
    public static final int ALERTS_ACTIVE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "portfolio YAML file")
    Path file;

    @Option(names = "--source", paramLabel = "S",
            description = "market source: simulated, replay, binance, bybit, hyperliquid (default: the book's feed.source)")
    String source;

    @Option(names = "--no-color", description = "monochrome screen (also when NO_COLOR is set)")
    boolean noColor;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "60",
            description = "replay speed, as a multiple of real time (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--record", paramLabel = "CSV", description = "append every polled value to CSV (replay format)")
    Path record;

    @Override
    public Integer call() throws Exception {
        return RunCommand.run(this);
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // the monitor's plain command line skips picocli's start-up cost (MonitorArgs, docs/performance.md)
        java.util.Optional<Hedgetop> monitor = MonitorArgs.parse(args);
        if (monitor.isPresent()) {
            System.exit(RunCommand.run(monitor.get(), () -> System.console() != null, System::getenv, err));
        }
        System.exit(execute(args, new PrintWriter(System.out, true), err));
    }

    /** The sub-commands' names (a test holds them equal to the annotation's list). */
    static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of("check", "report", "set", "fill", "sync", "init",
            "watch", "backtest");

    /** Runs the command line with the given streams; returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Hedgetop());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // every message through the one sanitiser (issue 12 item 12), a crash's too
            commandLine.getErr().println("hedgetop: " + Safe.text(String.valueOf(ex.getMessage()), 500));
            return FAILURE;
        });
        return cli.execute(args);
    }

    /** Version from the jar manifest (Implementation-Version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Hedgetop.class.getPackage().getImplementationVersion();
            return new String[] {"hedgetop " + (v == null ? "dev" : v)};
        }
    }
}
