package org.hedgetop.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates whole portfolio documents, mostly well-formed, with values drawn from both sensible and
 * hazardous pools, so the fuzzing reaches the book's own validation (not only the YAML parser).
 */
final class BookGrammar {
    private static final List<String> TOKENS = List.of("SOL", "UNI", "AAVE", "ETH", "BTC", "X", "ON", "yes", "012",
            "0x1F", ".nan", "1e400", "null", "~", "\"SOL\\u202e\"", "\"S\\e]0;x\\aOL\"", "\"\\e[2JX\"", "\"A\\u009bB\"",
            "\"\\u2066T\\u2069\"", "\"\"", "\"  \"", "\u00e9t\u00e9", "\"\\t\"", "1234567890123456789012345678901234567890");
    private static final List<String> NUMBERS = List.of("1", "10", "2.5", "100_000", "1e3", "0.01", "5", "150", "-900",
            "-20", "0", "-0", "300", "301", "-1", "1e400", ".inf", "-.inf", ".nan", "012", "0x1F", "0o7", "1,5",
            "1234567890123456789012345678901234567890", "9223372036854775807", "9223372036854775808",
            "1.0000000000000001", "ON", "yes", "\"5\"", "[5]", "{v: 5}", "~", "");
    private static final List<String> WORDS = List.of("simulated", "replay", "binance", "bybit", "1d", "4h", "1h",
            "perpetual", "expiry", "beta", "correlation", "one", "true", "false", "yes", "ON", "2026-12-25",
            "2026-02-30", "2026-11-01T00:00:00Z", "history.csv", "../../etc/passwd", "http://127.0.0.1:9",
            "\"\\e]0;t\\a\"", "\"\\u202e\"", "USDT", "USDC", "\u00e9", "");
    private static final List<String> FEED = List.of("source", "poll_seconds", "interval", "window", "file", "seed",
            "spot_url", "futures_url", "sourse");
    private static final List<String> SETTINGS = List.of("drift_tolerance_pct", "shock_pct", "target_step_pct",
            "maintenance_margin_pct", "liquidation_alert_pct", "bell", "shok_pct");

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final List<String> tokens = new ArrayList<>();

    private BookGrammar(Random random) {
        this.random = random;
    }

    static String generate(Random random) {
        return new BookGrammar(random).book();
    }

    private String book() {
        if (chance(3)) {
            line("name: " + pick(WORDS, TOKENS));
        }
        if (chance(4)) {
            line("quote: " + pick(WORDS, WORDS));
        }
        if (chance(3)) {
            line("feed:");
            for (String key : some(FEED)) {
                line("  " + key + ": " + pick(WORDS, NUMBERS));
            }
        }
        line("holdings:");
        int holdings = 1 + random.nextInt(4);
        for (int i = 0; i < holdings; i++) {
            String token = chance(5) ? pick(TOKENS, TOKENS) : "T" + i;
            tokens.add(token);
            if (chance(4)) {
                line("  - {token: " + token + ", units: " + pick(NUMBERS, NUMBERS) + "}");
                continue;
            }
            line("  - token: " + token);
            line("    units: " + (chance(3) ? pick(NUMBERS, NUMBERS) : String.valueOf(1 + random.nextInt(100_000))));
            if (chance(2)) {
                line("    sector: " + pick(WORDS, TOKENS));
            }
            if (chance(3)) {
                line("    staking_apy_pct: " + pick(NUMBERS, NUMBERS));
            }
        }
        if (chance(2)) {
            hedges();
        }
        if (chance(3)) {
            line("settings:");
            for (String key : some(SETTINGS)) {
                line("  " + key + ": " + pick(NUMBERS, WORDS));
            }
        }
        return out.toString();
    }

    private void hedges() {
        line("hedges:");
        int hedges = random.nextInt(4);
        for (int i = 0; i < hedges; i++) {
            String covered = tokens.get(random.nextInt(tokens.size()));
            line("  - covers: [" + covered + (chance(3) ? ", " + pick(TOKENS, TOKENS) : "") + "]");
            line("    instrument: " + (chance(4) ? pick(TOKENS, WORDS) : covered + "USDT"));
            line("    contract_size: " + pick(NUMBERS, List.of("1", "0.1", "5")));
            line("    position: " + pick(NUMBERS, List.of("-10", "0", "-900")));
            for (String key : some(List.of("id", "underlying", "type", "expiry", "target_pct", "ratio",
                    "entry_price", "opened", "leverage"))) {
                line("    " + key + ": " + pick(WORDS, NUMBERS));
            }
            if (chance(3)) {
                line("    exit: {after: " + pick(WORDS, WORDS) + ", price_above: " + pick(NUMBERS, NUMBERS)
                        + ", price_below: " + pick(NUMBERS, NUMBERS) + ", max_days: " + pick(NUMBERS, NUMBERS) + "}");
            }
        }
    }

    private List<String> some(List<String> keys) {
        List<String> chosen = new ArrayList<>();
        for (String key : keys) {
            if (chance(2)) {
                chosen.add(key);
            }
        }
        return chosen;
    }

    /** One of {@code usual} most of the time, one of {@code odd} now and then. */
    private String pick(List<String> usual, List<String> odd) {
        List<String> from = chance(4) ? odd : usual;
        return from.get(random.nextInt(from.size()));
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
