package org.hedgetop.market.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hedgetop.book.BookError;

/** Whatever the bytes, the parser answers with rows or located errors, never another exception. */
class ReplayParserPropertiesTest {
    @Provide
    Arbitrary<String> csvish() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.of("2022-05-01T00:00:00Z", "2022-02-30T00:00:00Z", "SOL", "spot", "mark", "funding",
                        "1.5", "-0.0001", "NaN", "1e999", "0x10", "", " ", "\"q\"", "\u0000", "\u202e", "99999999999999999999"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> line = field.list().ofMaxSize(6).map(l -> String.join(",", l));
        return line.list().ofMaxSize(8).map(l -> "time,symbol,kind,value\n" + String.join("\n", l));
    }

    @Property(tries = 300, seed = "20261124")
    void parsesOrReportsLocatedErrors(@ForAll("csvish") String text) throws IOException {
        try {
            ReplayFile f = ReplayFile.parse(new StringReader(text), "x.csv");
            assertThat(f.rows).isNotNegative();
        } catch (ReplayFormatException e) {
            assertThat(e.errors()).isNotEmpty();
            for (BookError err : e.errors()) {
                assertThat(err.file()).isEqualTo("x.csv");
                assertThat(err.line()).isBetween(1, 9);
                assertThat(err.message()).doesNotContain("\u0000").doesNotContain("\u202e");
            }
        }
    }
}
