package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code hedgetop FILE} says before any screen opens. */
class RunCommandTest {
    @TempDir
    Path dir;
    final StringWriter err = new StringWriter();

    private int run(boolean terminal, String... args) {
        Hedgetop options = new Hedgetop();
        new CommandLine(options).parseArgs(args);
        return RunCommand.run(options, () -> terminal, Map.<String, String>of()::get, new PrintWriter(err));
    }

    private Path book(String text) throws IOException {
        Path p = dir.resolve("book.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void notATerminalSaysWhatToUseInstead() throws IOException {
        Path b = book("holdings:\n  - token: SOL\n    units: 10\n");
        assertThat(run(false, b.toString())).isEqualTo(2);
        // the test JVM's stdin and stdout are both pipes (surefire's); which one a terminal-less start
        // names is held by JobControlIT with a real terminal on one side
        assertThat(err.toString()).isEqualTo("hedgetop: neither stdin nor stdout is a terminal; use `hedgetop "
                + "report FILE`" + System.lineSeparator());
    }

    @Test
    void theRealCommandLineWithoutATerminalSaysSoToo() throws IOException {
        // the test JVM has no console: this is the path `hedgetop FILE | cat` takes
        Path b = book("holdings:\n  - token: SOL\n    units: 10\n");
        StringWriter out = new StringWriter();
        int code = Hedgetop.execute(new String[] {b.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("is a terminal; use `hedgetop report FILE`");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBrokenBookPrintsEveryLocatedErrorBeforeAnyScreen() throws IOException {
        Path b = book("holdings:\n  - token: SOL\n    units: -5\n    colour: red\n");
        assertThat(run(true, b.toString())).isEqualTo(2);
        String[] lines = err.toString().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith(b + ":3:");
        assertThat(lines[1]).startsWith(b + ":4:").contains("colour");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.yaml");
        assertThat(run(true, missing.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("hedgetop: cannot read " + missing + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void anUnknownSourceIsRefusedBeforeTheScreenOpens() throws IOException {
        Path b = book("holdings:\n  - token: SOL\n    units: 10\n");
        assertThat(run(true, "--source", "kraken", b.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("hedgetop: unknown source \"kraken\"");
    }

    @Test
    void aReplayWithoutAFileIsRefusedBeforeTheScreenOpens() throws IOException {
        Path b = book("holdings:\n  - token: SOL\n    units: 10\n");
        assertThat(run(true, "--source", "replay", b.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("hedgetop: the replay source needs a history file");
    }

    @Test
    void aKeyFileOthersCanReadStopsTheMonitorBeforeAnyScreen() throws IOException {
        Path key = dir.resolve("b.key");
        Files.writeString(key, "someKey\nsomeSecretValue123\n");
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        Path b = book("holdings:\n  - token: SOL\n    units: 10\naccount:\n  venue: bybit\n  key_file: b.key\n");
        assertThat(run(true, b.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("hedgetop: account: Permissions 0664 for 'b.key' are too open: the key "
                + "file must not be readable by others; run: chmod 600 b.key" + System.lineSeparator());
    }
}
