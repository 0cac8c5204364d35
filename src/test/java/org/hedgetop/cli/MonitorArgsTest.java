package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The monitor's quick reading of its command line is picocli's reading, or it steps aside. */
class MonitorArgsTest {
    /** What picocli makes of the line, or empty when picocli rejects it. */
    private static Optional<Hedgetop> picocli(String[] args) {
        Hedgetop h = new Hedgetop();
        try {
            CommandLine.ParseResult r = new CommandLine(h).parseArgs(args);
            return r.hasSubcommand() || r.isUsageHelpRequested() || r.isVersionHelpRequested() ? Optional.empty()
                    : Optional.of(h);
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }

    private static void assertSameReading(String[] args) {
        Optional<Hedgetop> quick = MonitorArgs.parse(args);
        if (quick.isEmpty()) {
            return; // picocli reads it
        }
        Optional<Hedgetop> full = picocli(args);
        assertThat(full).as("picocli accepts %s", Arrays.toString(args)).isPresent();
        Hedgetop q = quick.get();
        Hedgetop p = full.get();
        assertThat(q.file).as("file of %s", Arrays.toString(args)).isEqualTo(p.file);
        assertThat(q.source).as("source of %s", Arrays.toString(args)).isEqualTo(p.source);
        assertThat(q.noColor).as("no-color of %s", Arrays.toString(args)).isEqualTo(p.noColor);
        assertThat(Double.valueOf(q.speed)).as("speed of %s", Arrays.toString(args)).isEqualTo(Double.valueOf(p.speed));
        assertThat(q.record).as("record of %s", Arrays.toString(args)).isEqualTo(p.record);
    }

    @Test
    void readsThePlainFormsAsPicocliDoes() {
        List<String[]> lines = List.of(new String[] {}, new String[] {"demo.yaml"},
                new String[] {"demo.yaml", "--no-color"}, new String[] {"--source", "bybit", "demo.yaml"},
                new String[] {"demo.yaml", "--source=replay", "--speed", "120", "--record", "out.csv"},
                new String[] {"--speed=0.5", "x.yaml"}, new String[] {"--record=a b.csv"});
        for (String[] line : lines) {
            assertThat(MonitorArgs.parse(line)).as(Arrays.toString(line)).isPresent();
            assertSameReading(line);
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        List<String[]> lines = List.of(new String[] {"report", "demo.yaml"}, new String[] {"--help"},
                new String[] {"demo.yaml", "-V"}, new String[] {"a.yaml", "b.yaml"}, new String[] {"--bogus"},
                new String[] {"--speed", "fast"}, new String[] {"--source"}, new String[] {"--no-color", "--no-color"},
                new String[] {"--", "demo.yaml"}, new String[] {"@args.txt"}, new String[] {"--no-color=true"});
        for (String[] line : lines) {
            assertThat(MonitorArgs.parse(line)).as(Arrays.toString(line)).isEmpty();
        }
    }

    @Test
    void theSubcommandNamesAreTheAnnotations() {
        CommandLine cli = new CommandLine(new Hedgetop());
        assertThat(Hedgetop.SUBCOMMANDS).containsExactlyInAnyOrderElementsOf(cli.getSubcommands().keySet());
    }

    @Property(tries = 2000, seed = "6")
    void anyLineItAcceptsPicocliReadsTheSameWay(@ForAll("lines") List<String> line) {
        assertSameReading(line.toArray(new String[0]));
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> word = Arbitraries.of("demo.yaml", "b.yaml", "--source", "--source=binance", "bybit",
                "--no-color", "--speed", "2.5", "--speed=1e2", "-1", "NaN", "--record", "rec.csv", "--record=x.csv",
                "check", "-h", "--", "", "=", "--speed=", "--x", "-s");
        return word.list().ofMaxSize(6);
    }
}
