package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hedgetop fill}: one fill appended surgically; the same errors and exit codes as {@code set}. */
class FillCommandTest {
    private static final String FILLS = """
            holdings:
              - {token: SOL, units: 10000}   # staked
            hedges:
              - id: sol-perp
                covers: [SOL]
                instrument: SOLUSDT
                contract_size: 1
                fills:
                  - {time: 2026-11-01T00:00:00Z, contracts: -9000, price: 140}
                leverage: 5
            """;

    private static final String POSITION = """
            holdings:
              - {token: SOL, units: 10000}
            hedges:
              - id: sol-perp
                covers: [SOL]
                instrument: SOLUSDT
                contract_size: 1
                position: -9000     # short
                entry_price: 140
                opened: 2026-11-01T00:00:00Z
            """;

    @TempDir
    Path dir;
    Path book;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void write() throws Exception {
        book = dir.resolve("book.yaml");
        Files.writeString(book, FILLS);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "fill";
        all[1] = book.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Hedgetop.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void appendsOneFillAndNothingElse() throws Exception {
        int code = run("sol-perp", "sell", "500@98.5", "--at", "2026-11-30T08:00:00+01:00", "--fee", "9.85",
                "--id", "T-1");
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(book)).isEqualTo(FILLS.replace("price: 140}\n", "price: 140}\n"
                + "      - {time: 2026-11-30T07:00:00Z, contracts: -500, price: 98.5, fee: 9.85, id: \"T-1\"}\n"));
        assertThat(out.toString()).isEqualTo(
                "sol-perp sell 500 @ 98.5 at 2026-11-30T07:00:00Z: position -9000 -> -9500 (2 fills)\n");
        assertThat(Files.readString(dir.resolve("book.yaml.bak"))).isEqualTo(FILLS);
    }

    @Test
    void aPositionBookBecomesFills() throws Exception {
        Files.writeString(book, POSITION);
        int code = run("sol-perp", "buy", "1000@120", "--at", "2026-11-30T00:00:00Z");
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(book)).endsWith("""
                    contract_size: 1
                    fills:     # short
                      - {time: 2026-11-01T00:00:00Z, contracts: -9000, price: 140}
                      - {time: 2026-11-30T00:00:00Z, contracts: 1000, price: 120}
                """);
    }

    @Test
    void badInputIsExit2AndTheFileStays() throws Exception {
        assertThat(run("sol-prep", "sell", "5@1")).isEqualTo(2);
        assertThat(err.toString()).contains("no hedge \"sol-prep\"; did you mean \"sol-perp\"?");
        assertThat(run("sol-perp", "short", "5@1")).isEqualTo(2);
        assertThat(err.toString()).contains("the side must be sell or buy, got \"short\"");
        assertThat(run("sol-perp", "sell", "0@1")).isEqualTo(2);
        assertThat(run("sol-perp", "sell", "2.5@1")).isEqualTo(2);
        assertThat(err.toString()).contains("expected whole contracts @ price such as 500@98.5, got \"2.5@1\"");
        assertThat(run("sol-perp", "sell", "5@0")).isEqualTo(2);
        assertThat(err.toString()).contains("price must be a number greater than 0, got 0");
        assertThat(run("sol-perp", "sell", "5@1", "--at", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("--at must be an ISO-8601 time");
        assertThat(Files.readString(book)).isEqualTo(FILLS);
        assertThat(Files.exists(dir.resolve("book.yaml.bak"))).isFalse();
    }

    @Test
    void setRefusesThePositionOfAHedgeWithFills() throws Exception {
        int code = Hedgetop.execute(new String[] {"set", book.toString(), "sol-perp", "position=-100"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("sol-perp lists fills: its position is derived from them")
                .contains("hedgetop fill");
        assertThat(Files.readString(book)).isEqualTo(FILLS);
    }

    @Test
    void aBookWithAnAccountBelowTheFillsTakesTheFill() throws Exception {
        // the account: block moves down a line; it must still read back as the same account
        Files.writeString(book, FILLS + "account:\n  venue: binance\n");

        assertThat(run("sol-perp", "sell", "10@141", "--at", "2026-11-30T08:00:00Z")).as(err.toString()).isZero();

        assertThat(Files.readString(book)).isEqualTo(FILLS.replace("price: 140}\n", "price: 140}\n"
                + "      - {time: 2026-11-30T08:00:00Z, contracts: -10, price: 141}\n") + "account:\n  venue: binance\n");
    }
}
