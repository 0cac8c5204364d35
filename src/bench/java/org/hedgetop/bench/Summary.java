package org.hedgetop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Prints the budget table of docs/performance.md from the results bench/run.sh left in a folder:
 * {@code jmh.json} (medians of the sample-time benchmarks) and {@code *.properties} written by the
 * whole-process measurements. A figure that was not measured shows as "not run".
 */
public final class Summary {
    /** One line of the table: where the figure comes from, and its budget (figures must be at most it). */
    record Row(String what, String key, double budget, String unit) {
    }

    static final List<Row> ROWS = List.of(
            new Row("Frame: build view + draw 1,000 holdings / 200 hedges, 200x60", "jmh:FrameBench.buildAndDraw",
                    2, "ms"),
            new Row("Frame: draw only (view built), 200x60", "jmh:FrameBench.drawOnly", 2, "ms"),
            new Row("Frame: draw as the monitor did before this work (clearing fill first)",
                    "jmh:FrameBench.monitorPath", Double.NaN, "ms"),
            new Row("Analytics: full evaluation, 200 tokens, 365 returns (matrix cells on demand)",
                    "jmh:AnalyticsBench.fullEvaluation", 20, "ms"),
            new Row("Analytics: the same, then every cell of the 202 x 202 matrix read",
                    "jmh:AnalyticsBench.fullEvaluationWithMatrix", 20, "ms"),
            new Row("Analytics: price tick inside the interval", "jmh:AnalyticsBench.tick", 1, "ms"),
            new Row("Wire: one price change, 120x40", "wire.one_price_bytes", 400, "bytes"),
            new Row("Wire: 50 prices change, 120x40 (budget = full repaint / 4)", "wire.fifty_prices_bytes",
                    Double.NaN, "bytes"),
            new Row("Start-up to first complete frame, demo.yaml, bin/hedgetop", "startup.median_ms", 600, "ms"),
            new Row("Start-up, the same with plain java -jar", "startup_plain.median_ms", 600, "ms"),
            new Row("Footprint: RSS after the run", "footprint.rss_mb", 100, "MB"),
            new Row("Footprint: idle CPU over 60 s, 5 s poll", "footprint.idle_cpu_pct", 0.5, "% of a core"),
            new Row("Requests per poll, binance, 5 / 50 / 500 tokens", "requests.binance", Double.NaN, "requests"),
            new Row("Requests per poll, bybit, 5 / 50 / 500 tokens", "requests.bybit", Double.NaN, "requests"),
            new Row("Scale: load a 5,000-holding book", "jmh:ScaleBench.load", Double.NaN, "ms"),
            new Row("Scale: evaluate it (cold engine)", "jmh:ScaleBench.fullEvaluation", Double.NaN, "ms"),
            new Row("Scale: evaluate it (tick)", "jmh:ScaleBench.tick", Double.NaN, "ms"),
            new Row("Scale: frame with the selection moved, 200x60", "jmh:ScaleBench.scrollFrame", 2, "ms"),
            new Row("Backtest: 20 tokens, 2 years daily, never + band + every", "jmh:BacktestBench.threePolicies",
                    1000, "ms"));

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Map<String, String> figures = new HashMap<>();
        Path jmh = dir.resolve("jmh.json");
        if (Files.exists(jmh)) {
            for (JsonNode run : new ObjectMapper().readTree(jmh.toFile())) {
                String name = run.get("benchmark").asText();
                String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
                JsonNode p50 = run.path("primaryMetric").path("scorePercentiles").path("50.0");
                figures.put("jmh:" + shortName, fmt(p50.asDouble()));
                JsonNode p0 = run.path("primaryMetric").path("scorePercentiles").path("0.0");
                figures.put("jmh:" + shortName + ".best", fmt(p0.asDouble()));
            }
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f)) {
                    p.load(r);
                }
                String prefix = f.getFileName().toString().replace(".properties", "");
                p.stringPropertyNames().forEach(k -> figures.put(prefix + "." + k, p.getProperty(k)));
            }
        }
        Properties machine = new Properties();
        Path machineFile = dir.resolve("machine.properties");
        if (Files.exists(machineFile)) {
            try (Reader r = Files.newBufferedReader(machineFile)) {
                machine.load(r);
            }
        }
        System.out.printf(Locale.ROOT,
                "Machine: %s cores (nproc), %s, JDK %s; load average %s at start, %s at end; %s%n%n",
                machine.getProperty("nproc", "?"), machine.getProperty("cpu", "?"), machine.getProperty("jdk", "?"),
                machine.getProperty("load_at_start", "?"), machine.getProperty("load_at_end", "?"),
                machine.getProperty("date", ""));
        System.out.println("| measurement | budget | measured (median) | best | met |");
        System.out.println("|---|---|---|---|---|");
        for (Row row : ROWS) {
            String measured = figures.getOrDefault(row.key, "not run");
            String budget = figures.getOrDefault(row.key + ".budget", Double.isNaN(row.budget) ? "-" : fmt(row.budget));
            String met = figures.getOrDefault(row.key + ".met", verdict(measured, budget));
            String best = figures.getOrDefault(row.key + ".best", figures.getOrDefault(
                    row.key.replace("median_ms", "min_ms").replace("bytes", "min"), "-"));
            if (row.key.equals("wire.one_price_bytes")) {
                best = figures.getOrDefault("wire.one_price_min", "-") + " (max " + figures.getOrDefault(
                        "wire.one_price_max", "-") + ")";
            } else if (!row.key.startsWith("jmh:") && !row.key.endsWith("median_ms")) {
                best = "-";
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", row.what,
                    budget.equals("-") ? "-" : "<= " + budget + " " + row.unit,
                    measured.equals("not run") ? measured : measured + " " + row.unit, best, met);
        }
    }

    /** "yes"/"NO" when both are single numbers, "-" otherwise (lists and figures without a budget). */
    static String verdict(String measured, String budget) {
        try {
            return Double.parseDouble(measured) <= Double.parseDouble(budget) ? "yes" : "NO";
        } catch (NumberFormatException e) {
            return "-";
        }
    }

    static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : v >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
