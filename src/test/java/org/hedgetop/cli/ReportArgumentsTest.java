package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 items 11 and 12 through the real command line: {@code report --at} far from any data (2100 ran
 * out of memory, the year 3000 took 31 s, extreme years ended in "Index -1 out of bounds" with exit 1) and
 * a hostile file name (echoed raw to stderr).
 */
class ReportArgumentsTest {
    static final String BOOK = "name: At book\nfeed: {source: simulated, seed: 3}\n"
            + "holdings:\n  - {token: SOL, units: 1000}\n"
            + "hedges:\n  - {covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -900}\n";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Hedgetop.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2100-01-01", "3000-01-01", "+1000000-01-01", "-999999999-01-01", "2008-12-31",
            "1970-01-01T00:00:00Z"})
    void anAtFarFromAnyDataIsRefusedAtOnceSayingTheRange(String at) throws Exception {
        Path book = Files.writeString(dir.resolve("book.yaml"), BOOK);
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("report", book.toString(), "--at", at));
        String latest = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("hedgetop: --at must be from 2009-01-03 to " + latest
                + " (a year from today), got \"" + at + "\"" + System.lineSeparator());
    }

    @Test
    void anAtInsideTheRangeStillReports() throws Exception {
        Path book = Files.writeString(dir.resolve("book.yaml"), BOOK);
        Run r = run("report", book.toString(), "--at", "2026-11-02", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"time\" : \"2026-11-02T00:00:00Z\"");
    }

    @Test
    void anUnreadableDateIsBadInputNotACrash() throws Exception {
        Path book = Files.writeString(dir.resolve("book.yaml"), BOOK);
        Run r = run("report", book.toString(), "--at", "2026-02-30");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("hedgetop: --at must be a UTC time like");
    }

    @Test
    void aHostileFileNameIsSanitisedInEveryMessage() {
        String name = dir.resolve("\u001b]0;pwn\u0007.yaml").toString();
        Run r = run("report", name);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("?]0;pwn?.yaml").contains("no such file");
        assertThat(r.err().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r')).isEmpty();
    }

    @Test
    void helpNeverSplitsThePathOfTheDefaultBook() {
        // issue 12 item 19: "(~/." ended one line and "config/hedgetop/book.yaml)" began the next
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).anyMatch(l -> l.contains("~/.config/hedgetop/book.yaml"))
                .anyMatch(l -> l.contains("$XDG_CONFIG_HOME/hedgetop/book.yaml"))
                .allMatch(l -> l.length() <= 80);
    }

    @Test
    void aRecordFileThatCannotBeWrittenIsNamedWithTheReason() throws Exception {
        Path book = Files.writeString(dir.resolve("book.yaml"), BOOK);
        Path record = dir.resolve("no-such-dir").resolve("rec.csv");
        Run r = run("report", book.toString(), "--at", "2026-11-02", "--record", record.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("hedgetop: cannot record to " + record + ": no such file"
                + System.lineSeparator());
    }
}
