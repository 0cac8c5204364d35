package org.hedgetop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookFile;
import org.hedgetop.market.MarketException;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.account.Accounts;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.market.replay.Recorder;
import org.hedgetop.report.JsonReport;
import org.hedgetop.report.TextReport;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.hedgetop.text.Safe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hedgetop report FILE}: computes the view once and prints it as text or JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the risk report of a book once, as aligned text or JSON (for scripts and cron).")
final class ReportCommand implements Callable<Integer> {
    enum Format { text, json, yaml }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "portfolio YAML file")
    Path file;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, json or yaml (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--at", paramLabel = "TIME",
            description = "evaluate at this UTC time (2026-11-02T00:00:00Z or 2026-11-02); "
                    + "default: now, or the last time of a replay file")
    String at;

    @Option(names = "--source", paramLabel = "S",
            description = "market source: simulated, replay, binance, bybit, hyperliquid (default: the book's feed.source)")
    String source;

    @Option(names = "--fail-on-alert",
            description = "exit 3 when any alert is active (the report is printed all the same), for cron")
    boolean failOnAlert;

    @Option(names = "--record", paramLabel = "CSV",
            description = "append what was polled to CSV (replay format), e.g. to build a history from cron")
    Path record;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<BookFile> loaded = BookArgument.load(file, err);
        if (loaded.isEmpty()) {
            return Hedgetop.BAD_INPUT;
        }
        Book book = loaded.get().book();
        Instant when;
        try {
            when = at == null ? null : parseTime(at);
        } catch (DateTimeException e) {
            err.println("hedgetop: --at must be a UTC time like 2026-11-02T00:00:00Z or a date like 2026-11-02, got \""
                    + Safe.text(at) + "\"");
            return Hedgetop.BAD_INPUT;
        }
        Instant latest = LocalDate.now(ZoneOffset.UTC).plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (when != null && (when.isBefore(EARLIEST) || when.isAfter(latest))) {
            // a simulated market is generated step by step up to --at: the year 3000 took 31 s, 2100 ran out of
            // memory; no market data exists before 2009 nor after the next year
            err.println("hedgetop: --at must be from " + EARLIEST.toString().substring(0, 10) + " to "
                    + latest.toString().substring(0, 10) + " (a year from today), got \"" + Safe.text(at) + "\"");
            return Hedgetop.BAD_INPUT;
        }
        String sourceName = source != null ? source : book.feed().source();
        // the exchange tells only the present: with --at the account is neither checked nor read
        Optional<Accounts.Checked> checked;
        try {
            checked = when == null ? AccountStep.check(book, accountOptions(), err) : Optional.empty();
        } catch (AccountStep.Refused e) {
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage()), 500));
            return Hedgetop.BAD_INPUT;
        }
        // live sources load their history first: say what they are doing on stderr, stdout stays the report
        try (MarketSource market = Sources.open(book, sourceName,
                message -> err.println("hedgetop: " + Safe.text(message)))) {
            Instant now = when != null ? when : market.defaultReportTime().orElseGet(Instant::now);
            MarketSnapshot snapshot = market.poll(now);
            if (record != null) {
                try (Recorder recorder = new Recorder(record)) {
                    recorder.record(snapshot);
                } catch (IOException | UncheckedIOException e) {
                    IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                    err.println("hedgetop: cannot record to " + Safe.text(record.toString(), 500) + ": "
                            + BookArgument.reason(cause));
                    return Hedgetop.FAILURE;
                }
            }
            AccountStep.Result account = when == null ? AccountStep.read(book, checked, now, err)
                    : AccountStep.Result.NONE;
            RiskView view = new RiskEngine().evaluate(book, snapshot, now).withMoreAlerts(account.alerts());
            out.print(switch (format) {
                case json -> JsonReport.render(view, account.columns());
                case yaml -> JsonReport.renderYaml(view, account.columns());
                case text -> TextReport.render(view, account.columns());
            });
            out.flush();
            return failOnAlert && !view.alerts().isEmpty() ? Hedgetop.ALERTS_ACTIVE : Hedgetop.OK;
        } catch (IllegalArgumentException e) {
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage()), 500));
            return Hedgetop.BAD_INPUT;
        } catch (AccountStep.Refused e) {
            err.println("hedgetop: " + Safe.text(String.valueOf(e.getMessage()), 500));
            return Hedgetop.BAD_INPUT;
        } catch (MarketException e) {
            err.println("hedgetop: market data: "
                    + Safe.text(TextReport.oneShot(String.valueOf(e.getMessage())), 500));
            return Hedgetop.FAILURE;
        }
    }

    /** The first day of any crypto market data: the Bitcoin genesis block. */
    static final Instant EARLIEST = Instant.parse("2009-01-03T00:00:00Z");

    /** The account's HTTP options; null: the process environment and the shared client (tests set a stand-in). */
    LiveOptions accountOptions;

    LiveOptions accountOptions() {
        return accountOptions != null ? accountOptions : LiveOptions.defaults(m -> { });
    }

    /** An ISO instant, a local date-time taken as UTC, or a date meaning its UTC midnight. */
    static Instant parseTime(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }
}
