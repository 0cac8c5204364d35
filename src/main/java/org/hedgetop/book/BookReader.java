package org.hedgetop.book;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.text.Safe;

/**
 * Turns the located YAML tree of a portfolio file into a {@link Book}, reporting every problem. Values that
 * fail validation are replaced by harmless stand-ins so reading can go on; the loader throws before such a
 * book escapes.
 */
final class BookReader {
    static final List<String> TOP = List.of("name", "quote", "feed", "holdings", "hedges", "settings",
            "account", "notify");
    static final List<String> FEED = List.of("source", "poll_seconds", "interval", "window", "file", "seed",
            "spot_url", "futures_url");
    static final List<String> HOLDING = List.of("token", "units", "sector", "staking_apy_pct", "symbol",
            "cost_price");
    static final Map<String, String> SOURCES = options("simulated", "binance", "bybit", "replay", "hyperliquid");
    static final int MAX_WINDOW = 10_000;

    private final Problems problems;

    private BookReader(Problems problems) {
        this.problems = problems;
    }

    static Optional<Book> read(YamlNode root, String fileName, Optional<Path> file, Problems problems) {
        if (!(root instanceof YamlNode.Mapping top)) {
            problems.add(root.pos(), "the top level must be a mapping with the keys " + String.join(", ", TOP)
                    + ", got " + root.describe());
            return Optional.empty();
        }
        return Optional.of(new BookReader(problems).book(top, fileName, file));
    }

    private Book book(YamlNode.Mapping top, String fileName, Optional<Path> file) {
        Fields f = new Fields(top, "the book", TOP, problems);
        String name = f.text("name", true).orElse(defaultName(fileName));
        String quote = f.text("quote", false).orElse("USDT");
        FeedSpec feed = f.mapping("feed").map(m -> feed(m, file)).orElse(FeedSpec.DEFAULT);
        Map<String, SourcePos> held = new LinkedHashMap<>();
        List<Holding> holdings = new ArrayList<>();
        if (f.require("holdings")) {
            f.list("holdings", false).ifPresent(list -> {
                if (list.items().isEmpty()) {
                    problems.add(list.pos(), "holdings must list at least one token");
                }
                for (YamlNode item : list.items()) {
                    asMapping(item, "holding", "token and units").map(m -> holding(m, quote, held))
                            .ifPresent(holdings::add);
                }
            });
        }
        List<Hedge> hedges = f.list("hedges", false).map(list -> new HedgeReader(problems, held, quote).read(list))
                .orElse(List.of());
        Settings settings = f.mapping("settings").map(this::settings).orElse(Settings.DEFAULT);
        Optional<AccountSpec> account = f.mapping("account").map(m -> AccountReader.read(m, problems));
        Notify notify = f.mapping("notify").map(m -> new NotifyReader(problems).read(m)).orElse(Notify.NONE);
        Optional<Path> absolute = file.map(p -> p.toAbsolutePath().normalize());
        return new Book(absolute, name, quote, feed, holdings, hedges, settings, account, notify);
    }

    private Holding holding(YamlNode.Mapping map, String quote, Map<String, SourcePos> held) {
        Fields f = new Fields(map, "holding", HOLDING, problems);
        f.require("token");
        f.require("units");
        Optional<String> token = f.text("token", false);
        token.ifPresent(t -> {
            SourcePos first = held.putIfAbsent(t, f.valuePos("token"));
            if (first != null) {
                problems.add(f.valuePos("token"), "duplicate token " + Scalars.quote(t) + " (first held at line "
                        + first.line() + "); list each token once");
            }
        });
        double units = f.number("units", Fields.Range.positive()).orElse(1);
        Optional<String> sector = f.text("sector", true);
        OptionalDouble apy = f.number("staking_apy_pct", Fields.Range.from(0, 1000));
        String symbol = f.text("symbol", false).orElse(token.orElse("") + quote);
        OptionalDouble cost = f.number("cost_price", Fields.Range.positive());
        return new Holding(token.orElse("?"), units, sector, apy, symbol, map.pos(), cost);
    }

    private FeedSpec feed(YamlNode.Mapping map, Optional<Path> file) {
        Fields f = new Fields(map, "feed", FEED, problems);
        FeedSpec d = FeedSpec.DEFAULT;
        String source = f.choice("source", SOURCES).orElse(d.source());
        int poll = f.whole("poll_seconds", 1, 86_400, "a whole number of seconds from 1 to 86400")
                .map(Long::intValue).orElse(d.pollSeconds());
        Map<String, Interval> intervals = new LinkedHashMap<>();
        for (Interval i : Interval.values()) {
            intervals.put(i.label(), i);
        }
        Interval interval = f.choice("interval", intervals).orElse(d.interval());
        int window = f.whole("window", 3, MAX_WINDOW, "a whole number of returns from 3 to " + MAX_WINDOW)
                .map(Long::intValue).orElse(d.window());
        Optional<Path> history = f.text("file", true).flatMap(text -> resolve(text, file, f.valuePos("file")));
        if (source.equals("replay") && history.isEmpty() && f.value("file").isEmpty()) {
            problems.add(f.valuePos("source"), "source replay needs file: the history CSV to replay");
        }
        long seed = f.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE, "a whole number").orElse(d.seed());
        return new FeedSpec(source, poll, interval, window, history, seed, url(f, "spot_url"), url(f, "futures_url"));
    }

    private Optional<String> url(Fields f, String key) {
        Optional<String> url = f.text(key, false);
        if (url.isPresent() && !url.get().startsWith("http://") && !url.get().startsWith("https://")) {
            problems.add(f.valuePos(key), key + " must be an http:// or https:// URL, got " + Scalars.quote(url.get()));
            return Optional.empty();
        }
        return url;
    }

    private Settings settings(YamlNode.Mapping map) {
        Fields f = new Fields(map, "settings", Settings.KEYS, problems);
        Settings d = Settings.DEFAULT;
        return new Settings(
                f.number("drift_tolerance_pct", Fields.Range.from(0, 100)).orElse(d.driftTolerancePct()),
                f.number("shock_pct", Fields.Range.from(-100, 1000)).orElse(d.shockPct()),
                f.number("target_step_pct", new Fields.Range(0, true, 100, "a number greater than 0, at most 100"))
                        .orElse(d.targetStepPct()),
                f.number("maintenance_margin_pct", Fields.Range.from(0, 100)).orElse(d.maintenanceMarginPct()),
                f.number("liquidation_alert_pct", Fields.Range.from(0, 100)).orElse(d.liquidationAlertPct()),
                f.bool("bell").orElse(d.bell()));
    }

    /** A list item that must be a mapping; anything else is reported. */
    Optional<YamlNode.Mapping> asMapping(YamlNode item, String what, String needs) {
        if (item instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        if (!(item instanceof YamlNode.Rejected)) {
            problems.add(item.pos(), "each " + what + " must be a mapping with at least " + needs + ", got "
                    + item.describe());
        }
        return Optional.empty();
    }

    /** A relative path is relative to the folder of the portfolio file, not to where hedgetop runs. */
    private Optional<Path> resolve(String text, Optional<Path> file, SourcePos pos) {
        try {
            Path given = Path.of(text);
            Optional<Path> folder = file.map(p -> p.toAbsolutePath().getParent());
            return Optional.of(folder.isPresent() && !given.isAbsolute() ? folder.get().resolve(given).normalize()
                    : given);
        } catch (InvalidPathException e) {
            problems.add(pos, "file " + Scalars.quote(text) + " is not a valid path");
            return Optional.empty();
        }
    }

    /** The file name without folder and extension: "portfolios/demo.yaml" is named "demo". */
    static String defaultName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        String name = dot > 0 ? base.substring(0, dot) : base;
        return name.isBlank() ? "book" : Safe.text(name, 60);
    }

    static Map<String, String> options(String... words) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String w : words) {
            map.put(w, w);
        }
        return map;
    }
}
