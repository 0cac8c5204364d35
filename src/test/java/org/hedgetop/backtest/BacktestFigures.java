package org.hedgetop.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hedgetop.cli.Hedgetop;

/** Runs the backtest command on a book written into a temp folder and reads its JSON. */
final class BacktestFigures {
    final Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    BacktestFigures(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Hedgetop.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    /** A replay CSV line. */
    static String row(String day, String symbol, String kind, double value) {
        return day + "T00:00:00Z," + symbol + "," + kind + "," + value + "\n";
    }
}
