package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetCommandTest {
    @TempDir
    Path dir;
    Path book;
    String original;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copyGoldenBook() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/edit/01-comments.yaml")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        book = dir.resolve("book.yaml");
        Files.writeString(book, original);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "set";
        all[1] = book.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Hedgetop.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void changesOnlyTheValuesAndSaysWhatChanged() throws Exception {
        int code = run("sol-perp", "target_pct=50", "position=-10000");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("sol-perp target_pct 100 -> 50\nsol-perp position -20000 -> -10000\n");
        assertThat(Files.readString(book)).isEqualTo(original
                .replace("target_pct: 100  #", "target_pct: 50  #")
                .replace("position: -20000 #", "position: -10000 #"));
        assertThat(Files.readString(dir.resolve("book.yaml.bak"))).isEqualTo(original);
    }

    @Test
    void setsRatioAndSettingsToo() throws Exception {
        int code = run("sol-perp", "ratio=one", "settings.shock_pct=-30");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("sol-perp ratio beta -> one\nsettings.shock_pct -20 -> -30\n");
        assertThat(Files.readString(book)).contains("    leverage: 5\n    ratio: one\n")
                .contains("  shock_pct: -30     # crash scenario\n");
    }

    @Test
    void aSettingNeedsNoHedge() throws Exception {
        assertThat(run("settings.shock_pct=-12.5")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("settings.shock_pct -20 -> -12.5\n");
    }

    @Test
    void unknownHedgeSuggestsTheClosestId() throws Exception {
        int code = run("sol-prep", "target_pct=50");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no hedge \"sol-prep\"; did you mean \"sol-perp\"?");
        assertThat(Files.readString(book)).isEqualTo(original);
    }

    @Test
    void unknownKeySuggestsTheClosestKey() throws Exception {
        assertThat(run("sol-perp", "target=50")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown key \"target\"; did you mean \"target_pct\"?");
    }

    @Test
    void badValuesAreRefusedWithTheValue() throws Exception {
        assertThat(run("sol-perp", "target_pct=lots")).isEqualTo(2);
        assertThat(err.toString()).contains("target_pct must be a number such as 50 or 2.5, got \"lots\"");
        assertThat(run("sol-perp", "position=-1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("position must be a whole number");
        assertThat(run("sol-perp", "ratio=bta")).isEqualTo(2);
        assertThat(err.toString()).contains("did you mean \"beta\"?");
        assertThat(Files.readString(book)).isEqualTo(original);
        assertThat(dir.resolve("book.yaml.bak")).doesNotExist();
    }

    @Test
    void outOfRangeIsReportedAtTheValueByTheLoader() throws Exception {
        int code = run("sol-perp", "target_pct=500");

        assertThat(code).isEqualTo(2);
        // line 22 column 17 is where target_pct's value stands in the file
        assertThat(err.toString()).contains("book.yaml:22:17:").contains("target_pct").contains("500");
        assertThat(Files.readString(book)).isEqualTo(original);
    }

    @Test
    void aBrokenFileIsReportedWithItsLocation() throws Exception {
        Files.writeString(book, original.replace("units: 100000", "units: many"));

        assertThat(run("sol-perp", "target_pct=50")).isEqualTo(2);
        assertThat(err.toString()).contains("book.yaml:13:12:").contains("units");
    }

    @Test
    void aMissingFileIsBadInput() {
        book = dir.resolve("nope.yaml");
        assertThat(run("sol-perp", "target_pct=50")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read").contains("no such file");
    }

    @Test
    void nothingToSetIsAUsageError() {
        assertThat(run("sol-perp")).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to set");
    }

    @Test
    void theSameValueWritesNothing() throws Exception {
        assertThat(run("sol-perp", "target_pct=100")).isZero();
        assertThat(out.toString()).contains("nothing to change");
        assertThat(dir.resolve("book.yaml.bak")).doesNotExist();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "target_pct=1e-400|target_pct = \"1e-400\"",
            "leverage=1.00000000000000001|leverage = \"1.00000000000000001\"",
            "target_pct=0.1234567890123456789|target_pct = \"0.1234567890123456789\""})
    void aValueThatWouldNotBeWrittenAsTypedIsRefusedQuotingWhatWasTyped(String arg, String quoted) throws Exception {
        // issue 12 item 19: 1e-400 was written as 0 (exit 0), 1.00000000000000001 as 1
        assertThat(run("sol-perp", arg)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("hedgetop: " + quoted + " cannot be stored as typed: give at most 15 "
                + "significant digits (e.g. 0.123456789012345), and nothing smaller than 1e-300"
                + System.lineSeparator());
        assertThat(Files.readString(book)).isEqualTo(original);
    }

    @Test
    void fifteenSignificantDigitsAreKeptExactly() throws Exception {
        assertThat(run("sol-perp", "target_pct=12.3456789012345")).as(err.toString()).isZero();
        assertThat(Files.readString(book)).contains("target_pct: 12.3456789012345");
    }
}
