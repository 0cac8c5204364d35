package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Random and mutated bodies for every Binance and Bybit response parser ({@link ParserVerdict}): values
 * with finite positive prices or a FeedException with a printable message, nothing else. Tries scale with
 * {@code -Dhedgetop.fuzz.scale=N}.
 */
@AddLifecycleHook(FuzzScale.class)
class MarketFuzzTest {
    private static final ParserVerdict[] PARSERS = ParserVerdict.values();

    @Example
    void everyFixtureParsesAsIs() throws Exception {
        // the seeds the mutations start from must be good bodies, or the fuzzing would only test garbage
        for (ParserVerdict p : PARSERS) {
            boolean parsed = p.judge(p.seed());
            assertThat(parsed).as(p.name()).isEqualTo(p != ParserVerdict.BYBIT_RATE_LIMITED);
        }
    }

    @Property(tries = 2000, seed = "7101")
    void randomBytes(@ForAll @Size(max = 1500) byte[] body, @ForAll Random random) throws Exception {
        PARSERS[random.nextInt(PARSERS.length)].judge(body);
    }

    @Property(tries = 8000, seed = "7102")
    void mutatedResponses(@ForAll Random random) throws Exception {
        ParserVerdict p = PARSERS[random.nextInt(PARSERS.length)];
        String seed = new String(p.seed(), StandardCharsets.UTF_8);
        boolean parsed = p.judge(JsonMutator.mutate(seed, random).getBytes(StandardCharsets.UTF_8));
        Statistics.label("outcome").collect(parsed ? "parsed" : "refused");
        Statistics.label("outcome").coverage(c -> {
            c.check("parsed").percentage(pct -> pct >= 10);
            c.check("refused").percentage(pct -> pct >= 10);
        });
    }

    @Property(tries = 2000, seed = "7103")
    void byteFlipsAndTruncations(@ForAll Random random) throws Exception {
        ParserVerdict p = PARSERS[random.nextInt(PARSERS.length)];
        byte[] body = p.seed().clone();
        if (random.nextBoolean()) {
            body = Arrays.copyOf(body, random.nextInt(body.length + 1));
        }
        for (int i = random.nextInt(4); i > 0 && body.length > 0; i--) {
            body[random.nextInt(body.length)] ^= (byte) (1 << random.nextInt(8));
        }
        p.judge(body);
    }

    @Example
    void everyHazardousValueInEveryPositionOfEveryFixture() throws Exception {
        // exhaustive: each value-token of each fixture replaced by each hazard in turn
        Map<ParserVerdict, Integer> cases = new EnumMap<>(ParserVerdict.class);
        for (ParserVerdict p : PARSERS) {
            String seed = new String(p.seed(), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":\\s*(\"[^\"]*\"|-?\\d[\\d.eE+-]*)").matcher(seed);
            while (m.find()) {
                for (String hazard : JsonMutator.HAZARD_VALUES) {
                    String body = seed.substring(0, m.start(1)) + hazard + seed.substring(m.end(1));
                    p.judge(body.getBytes(StandardCharsets.UTF_8));
                    cases.merge(p, 1, Integer::sum);
                }
            }
        }
        assertThat(cases.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(3000);
    }
}
