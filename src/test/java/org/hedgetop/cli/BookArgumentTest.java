package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command loads its book through one function: the same problem reads the same, sanitised, exit 2. */
class BookArgumentTest {
    @TempDir
    Path dir;

    private static String[] err(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Hedgetop.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), err.toString()};
    }

    /** check, set, report and the monitor itself, each given {@code file}. */
    private static List<String[]> everyCommand(String file) {
        return List.of(err("check", file), err("set", file, "sol-perp", "target_pct=50"), err("report", file),
                err(file));
    }

    @Test
    void aMissingFileReadsTheSameInEveryCommand() {
        String missing = dir.resolve("nope.yaml").toString();
        for (String[] r : everyCommand(missing)) {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[1]).isEqualTo("hedgetop: cannot read " + missing + ": no such file" + System.lineSeparator());
        }
    }

    @Test
    void aFolderReadsTheSameInEveryCommand() {
        for (String[] r : everyCommand(dir.toString())) {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[1]).isEqualTo("hedgetop: cannot read " + dir + ": it is a directory" + System.lineSeparator());
        }
    }

    @Test
    void aBadBookListsTheSameProblemsInEveryCommand() throws Exception {
        Path book = dir.resolve("bad.yaml");
        Files.writeString(book, "holdings:\n  - {token: A, units: lots}\n");
        for (String[] r : everyCommand(book.toString())) {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[1]).startsWith(book + ":2:").contains("units");
        }
    }

    @Test
    void terminalControlsInTheNameNeverReachTheTerminal() {
        String hostile = dir.resolve("x\u001b]0;owned\u0007\u001b[2J.yaml").toString();
        for (String[] r : everyCommand(hostile)) {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[1]).contains("no such file").doesNotContain("\u001b").doesNotContain("\u0007");
        }
    }
}
