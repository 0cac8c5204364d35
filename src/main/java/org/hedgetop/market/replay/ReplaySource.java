package org.hedgetop.market.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.BookError;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.SymbolStatus;
import org.hedgetop.market.history.HistorySeries;

/**
 * Replays a recorded or hand-made history (DOMAIN.md section 6): {@code time,symbol,kind,value} rows,
 * spot keyed by token as written ({@code SOL}; a row under the token's spot symbol such as
 * {@code SOLUSDT} is used when there is none under the token), marks and funding by instrument.
 *
 * <p>{@code poll(now)} is the state at {@code now} from rows at or before it only: the latest spot and
 * mark, funding events up to now (from the instrument's fundingSince, and at least the history span), and
 * a history of one point per closed UTC hour (the hour's last row, which is also the close of every 1h,
 * 4h and 1d bucket) over max(2 window, 30) + 2 days (twice the window, for the rolling beta of the
 * out-of-sample leg effectiveness), plus the latest row if it lies in the open hour. A
 * perpetual's current rate is its last settled rate; the interval is the gap between its last two
 * settlements (8 h when unknown). The whole file is read once, when the source is built.
 */
public final class ReplaySource implements MarketSource {
    private static final long DAY_MS = 86_400_000L;
    private static final long DEFAULT_FUNDING_MS = 8 * 3_600_000L;

    /** First and last time of a replay file. */
    public record TimeRange(Instant first, Instant last) {
    }

    private final ReplayFile file;
    private final MarketRequest request;
    private final long lookbackMs;

    private ReplaySource(ReplayFile file, MarketRequest request) {
        this.file = file;
        this.request = request;
        this.lookbackMs = (Math.max(2L * request.window(), 30) + 2L) * DAY_MS;
    }

    /**
     * Reads the whole file.
     *
     * @throws ReplayFormatException when the file is missing, unreadable, has located errors, or no rows
     */
    public static ReplaySource open(Path csv, MarketRequest request) {
        ReplayFile file = ReplayFile.read(csv);
        if (file.rows == 0) {
            throw new ReplayFormatException(List.of(new BookError(csv.toString(), 0, 0,
                    "no data rows: expected lines like 2022-05-01T00:00:00Z,SOL,spot,98.10 after the header")));
        }
        return new ReplaySource(file, request);
    }

    /**
     * A replay over history held in memory (an exchange's klines and funding, {@link HistorySeries}): the same
     * source, the same rules, as over a CSV with those rows.
     *
     * @throws ReplayFormatException when no series has a row
     */
    public static ReplaySource of(List<HistorySeries> series, MarketRequest request, String name) {
        Map<String, Map<String, ReplayColumn.Builder>> kinds = new LinkedHashMap<>();
        for (HistorySeries s : series) {
            ReplayColumn.Builder b = kinds.computeIfAbsent(s.kind(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.key(), k -> new ReplayColumn.Builder());
            for (int i = 0; i < s.times().length; i++) {
                b.add(s.times()[i], s.values()[i]);
            }
        }
        ReplayFile file = ReplayFile.of(built(kinds.get("spot")), built(kinds.get("mark")),
                built(kinds.get("funding")));
        if (file.rows == 0) {
            throw new ReplayFormatException(List.of(new BookError(name, 0, 0,
                    "the exchange sent no history for this span")));
        }
        return new ReplaySource(file, request);
    }

    private static Map<String, ReplayColumn> built(Map<String, ReplayColumn.Builder> builders) {
        Map<String, ReplayColumn> out = new LinkedHashMap<>();
        if (builders != null) {
            builders.forEach((key, b) -> out.put(key, b.build()));
        }
        return out;
    }

    /** First and last time in a replay file (the report's default {@code --at} is the last). */
    public static TimeRange timeRange(Path csv) {
        ReplayFile file = ReplayFile.read(csv);
        if (file.rows == 0) {
            throw new ReplayFormatException(List.of(new BookError(csv.toString(), 0, 0, "no data rows")));
        }
        return new TimeRange(Instant.ofEpochMilli(file.firstMillis), Instant.ofEpochMilli(file.lastMillis));
    }

    public static Instant lastTime(Path csv) {
        return timeRange(csv).last();
    }

    public static Instant firstTime(Path csv) {
        return timeRange(csv).first();
    }

    public Instant firstTime() {
        return Instant.ofEpochMilli(file.firstMillis);
    }

    public Instant lastTime() {
        return Instant.ofEpochMilli(file.lastMillis);
    }

    /** Rows read (after dropping blank and comment lines). */
    public int rows() {
        return file.rows;
    }

    /**
     * The first moment whose statistics window is full: the start of the bucket of the first row plus
     * window + 1 intervals (then window + 1 buckets have closed, giving window returns), but never after
     * the last row.
     */
    public Instant windowFullTime(Interval interval, int window) {
        long start = interval.bucketStart(file.firstMillis) + (window + 1L) * interval.millis();
        return Instant.ofEpochMilli(Math.min(start, file.lastMillis));
    }

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public Optional<Instant> defaultReportTime() {
        return Optional.of(lastTime());
    }

    @Override
    public MarketSnapshot poll(Instant now) {
        long t = now.toEpochMilli();
        long from = t - lookbackMs;
        Map<String, Double> spot = new LinkedHashMap<>();
        Map<String, PriceSeries> spotHistory = new LinkedHashMap<>();
        Map<String, SymbolStatus> status = new LinkedHashMap<>();
        request.spotSymbols().forEach((token, symbol) -> {
            ReplayColumn c = file.spot.containsKey(token) ? file.spot.get(token) : file.spot.get(symbol);
            int i = c == null ? -1 : c.atOrBefore(t);
            if (i < 0) {
                status.put(token, missing(c, "spot", token));
                return;
            }
            spot.put(token, c.values[i]);
            spotHistory.put(token, c.history(from, t));
        });
        Map<String, FuturesQuote> futures = new LinkedHashMap<>();
        Map<String, PriceSeries> markHistory = new LinkedHashMap<>();
        Map<String, List<FundingEvent>> funding = new LinkedHashMap<>();
        for (MarketRequest.Instrument inst : request.instruments()) {
            ReplayColumn marks = file.mark.get(inst.symbol());
            ReplayColumn rates = inst.type() == HedgeType.PERPETUAL ? file.funding.get(inst.symbol()) : null;
            ReplayColumn under = spotColumn(inst.underlying());
            List<FundingEvent> events = events(inst, marks, under, rates, from, t);
            if (rates != null) {
                funding.put(inst.symbol(), events);
            }
            int i = marks == null ? -1 : marks.atOrBefore(t);
            if (i < 0) {
                status.put(inst.symbol(), missing(marks, "mark", inst.symbol()));
                continue;
            }
            markHistory.put(inst.symbol(), marks.history(from, t));
            Double index = spot.get(inst.underlying());
            futures.put(inst.symbol(), quote(marks, i, index, rates, t));
        }
        String health = t < file.firstMillis ? "replay starts " + firstTime()
                : t > file.lastMillis ? "replay ended " + lastTime() : "replay until " + lastTime(); // its end in sight
        return new MarketSnapshot(now, spot, futures, spotHistory, markHistory, funding, status, name(), health);
    }

    private SymbolStatus missing(ReplayColumn c, String kind, String key) {
        String message = c == null ? "no " + kind + " rows for " + key + " in the replay file"
                : "no " + kind + " rows yet (first at " + Instant.ofEpochMilli(c.times[0]) + ")";
        return new SymbolStatus(SymbolStatus.Health.NO_MARKET, Optional.empty(), message);
    }

    private static FuturesQuote quote(ReplayColumn marks, int i, Double index, ReplayColumn rates, long t) {
        OptionalDouble idx = index == null ? OptionalDouble.empty() : OptionalDouble.of(index);
        Instant at = Instant.ofEpochMilli(marks.times[i]);
        int r = rates == null ? -1 : rates.atOrBefore(t);
        if (r < 0) {
            return new FuturesQuote(marks.values[i], idx, OptionalDouble.empty(), Optional.empty(), Optional.empty(), at);
        }
        long interval = r > 0 ? rates.times[r] - rates.times[r - 1] : DEFAULT_FUNDING_MS;
        if (interval < 60_000L || interval > DAY_MS) {
            interval = DEFAULT_FUNDING_MS; // a gap in the file, not a settlement period
        }
        long next = rates.times[r] + interval;
        if (next <= t) {
            next += ((t - next) / interval + 1) * interval;
        }
        return new FuturesQuote(marks.values[i], idx, OptionalDouble.of(rates.values[r]),
                Optional.of(Instant.ofEpochMilli(next)), Optional.of(Duration.ofMillis(interval)), at);
    }

    /** The spot rows of a token: under its name, else under its spot symbol (null when there are none). */
    private ReplayColumn spotColumn(String token) {
        ReplayColumn c = file.spot.get(token);
        String symbol = request.spotSymbols().get(token);
        return c != null || symbol == null ? c : file.spot.get(symbol);
    }

    /**
     * Settlements at or before t, from min(fundingSince, history start). Each carries its price {@code F_k}
     * from the whole file: the last mark row at or before the settlement, else the underlying's last spot row
     * at or before it (DOMAIN.md section 2). The price is resolved here and not later from the snapshot's
     * history, because that history covers only the statistics look-back: a settlement older than it would
     * lose its price and drop out of the accrued sum.
     */
    private static List<FundingEvent> events(MarketRequest.Instrument inst, ReplayColumn marks, ReplayColumn spot,
                                             ReplayColumn rates, long from, long t) {
        if (rates == null) {
            return List.of();
        }
        long since = inst.fundingSince().map(Instant::toEpochMilli).map(s -> Math.min(s, from)).orElse(from);
        int last = rates.atOrBefore(t);
        int first = rates.atOrBefore(since - 1) + 1;
        List<FundingEvent> list = new ArrayList<>(Math.max(0, last - first + 1));
        for (int i = first; i <= last; i++) {
            int m = marks == null ? -1 : marks.atOrBefore(rates.times[i]);
            int s = m >= 0 || spot == null ? -1 : spot.atOrBefore(rates.times[i]);
            OptionalDouble price = m >= 0 ? OptionalDouble.of(marks.values[m])
                    : s >= 0 ? OptionalDouble.of(spot.values[s]) : OptionalDouble.empty();
            list.add(new FundingEvent(Instant.ofEpochMilli(rates.times[i]), rates.values[i], price));
        }
        return list;
    }
}
