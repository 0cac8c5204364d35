package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Hedgetop.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void textIsTheDefaultFormat() {
        assertThat(run("report", "portfolios/example-2-sol.yaml")).isZero();
        assertThat(out.toString()).startsWith("Example 2 - SOL fully hedged").contains("sol-perp", "20000");
    }

    @Test
    void failOnAlertExitsThreeOnlyWhenAnAlertIsActive() {
        // example 1 holds no contracts yet: coverage 0 % against a 100 % target drifts; example 2 is fully hedged
        assertThat(run("report", "portfolios/example-1-direct.yaml", "--fail-on-alert", "--format", "json"))
                .isEqualTo(3);
        assertThat(out.toString()).contains("\"kind\" : \"drift\"", "\"flags\" : [ \"drift\" ]",
                "\"message\" : \"coverage 0.0 % vs target 100 % (tolerance 5 %); sell 200 contracts\"");
        assertThat(run("report", "portfolios/example-1-direct.yaml")).isZero();
        assertThat(run("report", "portfolios/example-2-sol.yaml", "--fail-on-alert")).isZero();
        assertThat(out.toString()).contains("ALERTS\nnone\n");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run("report", "no/such/book.yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("no/such/book.yaml").contains("no such file");
    }

    @Test
    void aBrokenBookPrintsEveryLocatedError(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("b.yaml");
        Files.writeString(book, "holdings:\n  - token: SOL\n    units: -5\n    colour: red\n");
        assertThat(run("report", book.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("b.yaml:3:12:").contains("b.yaml:4:5:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadTimeOrFormatOrSourceIsBadUsage() {
        assertThat(run("report", "portfolios/example-2-sol.yaml", "--at", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("--at must be a UTC time");
        assertThat(run("report", "portfolios/example-2-sol.yaml", "--format", "xml")).isEqualTo(2);
        assertThat(run("report", "portfolios/example-2-sol.yaml", "--source", "kraken")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown source \"kraken\"");
    }

    @Test
    void aDateMeansItsUtcMidnight() {
        assertThat(run("report", "portfolios/example-3-drift.yaml", "--at", "2026-11-02", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"time\" : \"2026-11-02T00:00:00Z\"").contains("\"mark\" : 2,");
    }

    @Test
    void yamlIsTheJsonReportAsAYamlDocument() throws Exception {
        String[] args = {"report", "portfolios/example-3-drift.yaml", "--at", "2026-11-02", "--format"};
        assertThat(run(concat(args, "json"))).isZero();
        String json = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run(concat(args, "yaml"))).isZero();
        String yaml = out.toString();
        // hand-checked lines of the same report: quoted strings, plain numbers, the same order
        assertThat(yaml).startsWith("---\ntime: \"2026-11-02T00:00:00Z\"\nportfolio: \"Example 3")
                .contains("\n  mark: 2\n").contains("\nwindow: 30\n");
        // and field for field, value for value, the same tree as the JSON
        assertThat(new YAMLMapper().readTree(yaml)).isEqualTo(new JsonMapper().readTree(json));
    }

    private static String[] concat(String[] a, String last) {
        String[] all = java.util.Arrays.copyOf(a, a.length + 1);
        all[a.length] = last;
        return all;
    }
}
