package org.hedgetop.market.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.http.Sleeper;
import org.hedgetop.market.live.Candle;

/**
 * Fetches, once, everything a backtest from {@code T1} to {@code T2} needs from one venue - spot klines of every
 * watched token at the book's interval, hourly mark klines of every contract, the funding history of every
 * perpetual - from {@code T1} minus the statistics look-back, through the venue's own paged requests, and keeps
 * each series in the {@link HistoryCache}: a series whose cached span covers the need costs no request.
 * Progress goes out one line per series ("binance: history [#####.....] 5/10 SOLUSDT mark 1h: 12 requests").
 */
public final class HistoryLoader {
    static final int BAR = 20;
    static final int RATE_LIMIT_RETRIES = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final long DAY_MS = 86_400_000L;

    private final VenueHistory venue;
    private final HistoryCache cache;
    private final Consumer<String> progress;
    private final Sleeper sleeper;
    private final List<String> warnings = new ArrayList<>();

    public HistoryLoader(VenueHistory venue, HistoryCache cache, Consumer<String> progress, Sleeper sleeper) {
        this.venue = venue;
        this.cache = cache;
        this.progress = progress;
        this.sleeper = sleeper;
    }

    /** What the user should know: history that starts late, cache files ignored or not written. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * How far before {@code T1} history is fetched: the statistics window twice (the rolling out-of-sample beta
     * estimates on the window before each interval) plus three intervals, and never less than 32 days. The
     * replay source keeps max(2 window, 30) + 2 days: at a daily interval this covers it, at 4h and 1h it covers
     * the statistics and the leg effectiveness (2 window + 1 closes), which is all a backtest reads.
     */
    public static Duration lookBack(MarketRequest request) {
        long intervals = (2L * request.window() + 3) * request.interval().millis();
        return Duration.ofMillis(Math.max(intervals, (Math.max(request.window(), 30) + 2L) * DAY_MS));
    }

    private record Task(String kind, String symbol, String interval, long from, long to, long step) {
    }

    /**
     * The series from {@code t1 - lookBack} to {@code t2} (nothing after {@code now}: an open candle's close is
     * not final and is neither used nor cached).
     */
    public List<HistorySeries> load(MarketRequest request, Instant t1, Instant t2, Instant now) throws FeedException {
        Interval interval = request.interval();
        long start = interval.bucketStart(t1.minus(lookBack(request)).toEpochMilli());
        long end = Math.min(t2.toEpochMilli(), now.toEpochMilli());
        List<Task> tasks = new ArrayList<>();
        Map<String, List<String>> tokensBySymbol = new LinkedHashMap<>();
        request.spotSymbols().forEach((token, symbol) ->
                tokensBySymbol.computeIfAbsent(symbol, s -> new ArrayList<>()).add(token));
        long step = interval.millis();
        for (String symbol : tokensBySymbol.keySet()) {
            tasks.add(new Task("spot", symbol, interval.label(), start - step, lastOpen(end, step), step));
        }
        long hour = Interval.H1.millis();
        for (MarketRequest.Instrument i : request.instruments()) {
            tasks.add(new Task("mark", i.symbol(), "1h", Interval.H1.bucketStart(start) - hour,
                    lastOpen(end, hour), hour));
            if (i.type() == HedgeType.PERPETUAL) {
                tasks.add(new Task("funding", i.symbol(), "settled", start, end, 0));
            }
        }
        List<HistorySeries> out = new ArrayList<>();
        for (int k = 0; k < tasks.size(); k++) {
            Task t = tasks.get(k);
            int before = venue.requestCount();
            HistoryCache.Entry e = series(t);
            int sent = venue.requestCount() - before;
            progress.accept(line(k + 1, tasks.size(), t, sent));
            if (e.times().length == 0) {
                warnings.add(t.symbol() + " " + t.kind() + ": " + venue.venue() + " has no history from "
                        + Instant.ofEpochMilli(t.from()) + " to " + Instant.ofEpochMilli(t.to()));
            } else {
                warnLate(t, e.times()[0], t1, start);
            }
            if (t.kind().equals("spot")) {
                for (String token : tokensBySymbol.get(t.symbol())) {
                    out.add(new HistorySeries("spot", token, e.times(), e.values()));
                }
            } else {
                out.add(new HistorySeries(t.kind(), t.symbol(), e.times(), e.values()));
            }
        }
        return out;
    }

    /**
     * A series whose first row comes after T1 (those closes have no price and do not trade) or after the
     * look-back start (the first closes' statistics rest on fewer returns): the venue had not listed it yet.
     */
    private void warnLate(Task t, long first, Instant t1, long start) {
        long slack = Math.max(t.step(), 8 * 3_600_000L); // a candle's close time, or one funding interval
        String head = t.symbol() + " " + t.kind() + ": " + venue.venue() + "'s history starts at "
                + Instant.ofEpochMilli(first);
        if (first > t1.toEpochMilli() + slack) {
            warnings.add(head + ", after " + t1 + "; closes before it have no price and do not trade");
        } else if (first > start + slack) {
            warnings.add(head + ", inside the statistics look-back from " + Instant.ofEpochMilli(start)
                    + "; the first closes' statistics rest on fewer returns");
        }
    }

    /** The open time of the last candle that has closed by {@code end}. */
    private static long lastOpen(long end, long step) {
        return Math.floorDiv(end + 1, step) * step - step;
    }

    private String line(int done, int total, Task t, int sent) {
        int filled = (int) Math.round(BAR * (double) done / total);
        return venue.venue() + ": history [" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/"
                + total + " " + t.symbol() + " " + t.kind() + " " + t.interval() + ": "
                + (sent == 0 ? "cached" : sent + (sent == 1 ? " request" : " requests"));
    }

    private HistoryCache.Entry series(Task t) throws FeedException {
        Path file = cache.file(venue.venue(), t.symbol(), t.kind(), t.interval());
        List<String> problems = new ArrayList<>();
        Optional<HistoryCache.Entry> cached = cache.read(file, problems);
        warnings.addAll(problems);
        if (cached.isPresent() && cached.get().covers(t.from(), t.to())) {
            return cached.get();
        }
        if (t.from() > t.to()) {
            return new HistoryCache.Entry(t.from(), t.to(), new long[0], new double[0]); // nothing has closed yet
        }
        HistoryCache.Entry fetched = fetch(t);
        try {
            cache.write(file, fetched);
        } catch (IOException | RuntimeException e) {
            warnings.add("cannot write the cache file " + file + " (" + e.getClass().getSimpleName()
                    + "): the next run fetches it again");
        }
        return fetched;
    }

    private HistoryCache.Entry fetch(Task t) throws FeedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return t.kind().equals("funding") ? funding(t) : candles(t);
            } catch (FeedException e) {
                Duration wait = e.retryAfter().orElse(Duration.ofSeconds(60));
                if (e.kind() != FeedException.Kind.RATE_LIMITED || attempt > RATE_LIMIT_RETRIES
                        || wait.compareTo(LONGEST_WAIT) > 0) {
                    throw e;
                }
                progress.accept(venue.venue() + ": " + e.getMessage() + "; waiting " + wait.getSeconds() + " s");
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private HistoryCache.Entry candles(Task t) throws FeedException {
        List<Candle> got = t.kind().equals("spot")
                ? venue.spotCandles(t.symbol(), Interval.parse(t.interval()).orElseThrow(), t.from(), t.to())
                : venue.markCandles(t.symbol(), t.from(), t.to());
        List<Candle> in = got.stream().filter(c -> c.openTime() >= t.from() && c.openTime() <= t.to()).toList();
        long[] times = new long[in.size()];
        double[] values = new double[in.size()];
        int n = 0;
        for (Candle c : in) {
            long at = c.openTime() + t.step() - 1; // observed at its close (section 6: value at or before t)
            if (n > 0 && at <= times[n - 1]) {
                continue; // a venue's page overlap: the first copy stays
            }
            times[n] = at;
            values[n++] = c.close();
        }
        return new HistoryCache.Entry(t.from(), t.to(), java.util.Arrays.copyOf(times, n),
                java.util.Arrays.copyOf(values, n));
    }

    private HistoryCache.Entry funding(Task t) throws FeedException {
        List<FundingEvent> got = venue.funding(t.symbol(), Instant.ofEpochMilli(t.from()), Instant.ofEpochMilli(t.to()));
        long[] times = new long[got.size()];
        double[] values = new double[got.size()];
        int n = 0;
        for (FundingEvent f : got) {
            long at = f.time().toEpochMilli();
            if (at < t.from() || at > t.to() || (n > 0 && at <= times[n - 1])) {
                continue;
            }
            times[n] = at;
            values[n++] = f.rate();
        }
        return new HistoryCache.Entry(t.from(), t.to(), java.util.Arrays.copyOf(times, n),
                java.util.Arrays.copyOf(values, n));
    }
}
