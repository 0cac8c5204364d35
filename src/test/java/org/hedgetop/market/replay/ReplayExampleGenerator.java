package org.hedgetop.market.replay;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hedgetop.market.Fixtures;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.sim.SimulatedSource;

/**
 * Makes portfolios/replay-history.csv, the replay example: the simulator with seed 7 sampled every 8 h
 * (00/08/16 UTC) from 2026-09-28 to 2026-11-12 (46 days; ETH funding hits its -0.375 % floor in a
 * sell-off in October). Spot of BTC, ETH, SOL, AVAX, UNI and AAVE, marks of SOLUSDT and ETHUSDT, and
 * their funding settlements. Prices are rounded to 6 significant digits, like an exchange's tick.
 *
 * <p>Run from the project root: {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes
 * org.hedgetop.market.replay.ReplayExampleGenerator}. ReplayExampleTest checks that the committed file is what
 * this generator makes.
 */
public final class ReplayExampleGenerator {
    static final Path FILE = Path.of("portfolios", "replay-history.csv");
    static final Instant FIRST = Instant.parse("2026-09-28T00:00:00Z");
    static final Instant LAST = Instant.parse("2026-11-12T00:00:00Z");
    static final List<String> TOKENS = List.of("BTC", "ETH", "SOL", "AVAX", "UNI", "AAVE");

    private ReplayExampleGenerator() {
    }

    static MarketRequest request() {
        return Fixtures.request(TOKENS, List.of(Fixtures.perp("SOLUSDT", "SOL", null),
                Fixtures.perp("ETHUSDT", "ETH", null)), 30);
    }

    static String generate() {
        SimulatedSource sim = new SimulatedSource(request(), 7, Duration.ofSeconds(5));
        StringBuilder csv = new StringBuilder();
        csv.append("# Replay example for portfolios/replay.yaml: synthetic prices made by hedgetop's simulator\n");
        csv.append("# (seed 7, sampled every 8 h), not market data. Regenerate with ReplayExampleGenerator.\n");
        csv.append(ReplayFile.HEADER).append('\n');
        for (Instant t = FIRST; !t.isAfter(LAST); t = t.plus(Duration.ofHours(8))) {
            MarketSnapshot s = sim.poll(t);
            for (String token : TOKENS) {
                row(csv, t, token, "spot", price(s.spot().get(token)));
            }
            for (String instrument : List.of("SOLUSDT", "ETHUSDT")) {
                row(csv, t, instrument, "mark", price(s.quote(instrument).orElseThrow().mark()));
            }
            for (Map.Entry<String, List<FundingEvent>> e : new java.util.TreeMap<>(s.funding()).entrySet()) {
                FundingEvent last = e.getValue().get(e.getValue().size() - 1);
                if (last.time().equals(t)) {
                    row(csv, t, e.getKey(), "funding", Recorder.formatValue(last.rate()));
                }
            }
        }
        return csv.toString();
    }

    private static String price(double v) {
        return Recorder.formatValue(new BigDecimal(v).round(new MathContext(6)).doubleValue());
    }

    private static void row(StringBuilder csv, Instant t, String symbol, String kind, String value) {
        csv.append(t).append(',').append(symbol).append(',').append(kind).append(',').append(value).append('\n');
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, generate());
        System.out.println("wrote " + FILE);
    }
}
