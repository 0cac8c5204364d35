package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hedgetop check} and {@code hedgetop init} through the real command line. */
class CheckAndInitCommandTest {
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

    @Test
    void checkPrintsOkWithCounts() throws Exception {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, "holdings:\n  - {token: A, units: 1}\n  - {token: B, units: 2}\n"
                + "hedges:\n  - {covers: [A], instrument: AUSDT, contract_size: 1}\n");
        Run r = run("check", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("ok: 2 holdings, 1 hedges, 0 fills" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void checkPrintsEveryErrorAsFileLineColumnOnStderr() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "holdings:\n  - token: SOL\n    units: -1\nhedges:\n  - covers: [SOL]\n"
                + "    instrument: SOLUSDT\n    contract_size: 5\n    target_pct: yes\n");
        Run r = run("check", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().split("\\R")).containsExactly(
                file + ":3:12: units must be a number greater than 0, got -1",
                file + ":8:17: target_pct must be a number from 0 to 300, got \"yes\"");
    }

    @Test
    void checkOfAMissingFileOrAFolderIsBadInput() {
        Run missing = run("check", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml").contains("no such file");
        Run folder = run("check", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).startsWith("hedgetop: cannot read " + dir);
    }

    @Test
    void initWritesAStarterThatLoadsAndNeverOverwrites() throws Exception {
        Path file = dir.resolve("new/nested/book.yaml");
        Run r = run("init", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("wrote a starter book to " + file).contains("hedgetop check " + file);
        Book book = BookLoader.load(file);
        assertThat(book.holdings()).isNotEmpty();
        assertThat(book.hedges()).isNotEmpty();
        assertThat(run("check", file.toString()).code()).isZero();

        Files.writeString(file, "mine: keep me\n");
        Run again = run("init", file.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("not overwriting");
        assertThat(Files.readString(file)).isEqualTo("mine: keep me\n");
    }

    @Test
    void initRefusesADanglingSymlinkToo() throws Exception {
        Path link = dir.resolve("link.yaml");
        Files.createSymbolicLink(link, dir.resolve("target-that-does-not-exist.yaml"));
        assertThat(run("init", link.toString()).code()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("target-that-does-not-exist.yaml"))).isFalse();
    }

    @Test
    void initSaysWhyWhenTheFolderCannotBeMade() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Run r = run("init", blocker.resolve("book.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot create the folder");
    }

    @Test
    void theStarterTeachesEveryKeyOfTheFormat() throws Exception {
        String starter = new String(InitCommand.starter(), StandardCharsets.UTF_8);
        for (String key : new String[] {"name", "quote", "feed", "source", "poll_seconds", "interval", "window",
                "file", "seed", "spot_url", "futures_url", "holdings", "token", "units", "sector", "staking_apy_pct",
                "symbol", "hedges", "id", "covers", "instrument", "underlying", "type", "expiry", "contract_size",
                "target_pct", "ratio", "position", "entry_price", "opened", "leverage", "exit", "after",
                "price_above", "price_below", "volatility_below_pct", "max_days", "settings", "drift_tolerance_pct",
                "shock_pct", "target_step_pct", "maintenance_margin_pct", "liquidation_alert_pct", "bell"}) {
            assertThat(Pattern.compile("(?m)^[ #-]*" + key + ":").matcher(starter).find())
                    .as("the starter shows %s", key).isTrue();
        }
        // every line that sets a key also explains it, or belongs to a block that is explained
        assertThat(starter.lines().filter(l -> l.startsWith("#")).count()).isGreaterThan(5);
        Book book = BookLoader.parse(starter, "starter.yaml", Optional.empty());
        assertThat(book.feed().source()).isEqualTo("simulated");
    }

    @Test
    void aLongHedgeIsWarnedAboutAtItsLine() throws Exception {
        // issue 12 item 16: a positive position passed check silently and showed cover -499.9 %
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, "holdings:\n  - {token: SOL, units: 1000}\n"
                + "hedges:\n  - {id: sol-perp, covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: 500}\n");
        Run r = run("check", file.toString());
        assertThat(r.code()).as("a warning, not an error").isZero();
        assertThat(r.out()).isEqualTo("ok: 1 holdings, 1 hedges, 0 fills" + System.lineSeparator());
        assertThat(r.err()).isEqualTo(file + ":4:5: warning: hedge \"sol-perp\" is long (position +500); a hedge is "
                + "short: write position: -500" + System.lineSeparator());
    }
}
