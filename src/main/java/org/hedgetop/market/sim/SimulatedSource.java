package org.hedgetop.market.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.hedgetop.book.HedgeType;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.SymbolStatus;

/**
 * The offline market: a one-factor model of spot prices, perpetual funding and futures marks (see
 * {@link SimMarket}, {@link SimFunding}, {@link SimCalibration} and docs/sources-offline.md).
 *
 * <p>Deterministic in {@code now}: every price is a pure function of (seed, token or instrument, second)
 * on a fixed, UTC-aligned grid, so the same seed, request and {@code now} give the same snapshot whatever
 * polls came before (a monitor running for a week and {@code report --at} agree). The grid of a snapshot
 * at {@code now}, with D = max(2 window, 30) + 2 (twice the window: the out-of-sample leg effectiveness
 * estimates a beta on the window before each interval of the statistics window):
 * <ul>
 *   <li>the last second of each UTC hour (hh:59:59) of the last 4 D closed hours: the closes of the 1h
 *       and 4h buckets;</li>
 *   <li>the last second of each UTC day (23:59:59) of the last D closed days: the closes of the 1d buckets;</li>
 *   <li>the current tick: the start of the current UTC hour plus whole multiples of {@code tick}
 *       ({@code feed.poll_seconds}); prices move only at ticks.</li>
 * </ul>
 * This covers the statistics window of all three intervals at once, so the monitor can cycle intervals
 * without a new source, and a long run keeps the same bounded history. Funding settles at 00/08/16 UTC;
 * history reaches back to each instrument's {@code fundingSince} and at least 3 D settlements.
 */
public final class SimulatedSource implements MarketSource {
    private static final long HOUR = SimSeries.HOUR;
    private static final long DAY = SimSeries.DAY;
    private static final DateTimeFormatter EXPIRED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MarketRequest request;
    private final long seed;
    private final long tickSeconds;
    private final int days;
    private final SimMarket market;
    private final SimFunding funding;
    private final SimSeries series;
    private final Map<String, Map<Long, FundingEvent>> eventCache = new HashMap<>();
    private final Map<String, List<FundingEvent>> eventLists = new HashMap<>();

    /**
     * @param request what to simulate (BTC and ETH are always included)
     * @param seed    same seed, same prices
     * @param tick    the simulated clock's step ({@code feed.poll_seconds}); clamped to 1 s .. 1 h
     */
    public SimulatedSource(MarketRequest request, long seed, Duration tick) {
        this.request = request;
        this.seed = seed;
        this.tickSeconds = Math.max(1, Math.min(HOUR, tick.getSeconds()));
        this.days = Math.max(2 * request.window(), 30) + 2;
        this.market = new SimMarket(seed);
        this.funding = new SimFunding(market);
        this.series = new SimSeries(market, days);
    }

    @Override
    public String name() {
        return "simulated";
    }

    /** The seed the prices come from. */
    public long seed() {
        return seed;
    }

    /** The tick at or before {@code now}: the start of its UTC hour plus whole ticks. */
    public Instant tickAt(Instant now) {
        return Instant.ofEpochSecond(tick(now.getEpochSecond()));
    }

    private long tick(long nowSec) {
        long hour = Math.floorDiv(nowSec, HOUR) * HOUR;
        return hour + (nowSec - hour) / tickSeconds * tickSeconds;
    }

    /** History times (epoch seconds, ascending) of a snapshot at nowSec; the last is the current tick. */
    long[] grid(long nowSec) {
        long[] base = series.base(nowSec);
        long[] all = java.util.Arrays.copyOf(base, base.length + 1);
        all[base.length] = tick(nowSec);
        return all;
    }

    /** Keeps this source's closedHistory values apart from another source's (a source switch compares again). */
    private final long historySalt = new java.util.SplittableRandom().nextLong();

    @Override
    public synchronized MarketSnapshot poll(Instant now) {
        long nowSec = now.getEpochSecond();
        long tick = tick(nowSec);
        series.advance(nowSec);
        Set<String> tokens = new LinkedHashSet<>(request.spotSymbols().keySet());
        request.instruments().forEach(i -> tokens.add(i.underlying()));

        Map<String, Double> spot = new LinkedHashMap<>();
        Map<String, PriceSeries> spotHistory = new LinkedHashMap<>();
        for (String token : tokens) {
            PriceSeries s = series.spot(market.model(token), tick);
            spot.put(token, s.price(s.size() - 1));
            spotHistory.put(token, s);
        }

        Map<String, FuturesQuote> futures = new LinkedHashMap<>();
        Map<String, PriceSeries> markHistory = new LinkedHashMap<>();
        Map<String, List<FundingEvent>> events = new LinkedHashMap<>();
        Map<String, SymbolStatus> status = new LinkedHashMap<>();
        for (MarketRequest.Instrument inst : request.instruments()) {
            SimMarket.TokenModel u = market.model(inst.underlying());
            boolean perpetual = inst.type() == HedgeType.PERPETUAL;
            long expiry = perpetual ? 0 : expirySecond(inst, tick);
            PriceSeries marks = series.marks(inst.symbol(), tick, perpetual
                    ? t -> funding.perpetualMark(inst.symbol(), u, t)
                    : t -> funding.expiryMark(inst.symbol(), u, t, expiry));
            markHistory.put(inst.symbol(), marks);
            double mark = marks.price(marks.size() - 1);
            OptionalDouble index = OptionalDouble.of(spot.get(inst.underlying()));
            Instant at = Instant.ofEpochSecond(tick);
            if (perpetual) {
                double cap = u.params().fundingCap();
                double rate = SimFunding.rate(funding.premium(inst.symbol(), u, tick), cap);
                long next = (Math.floorDiv(tick, SimFunding.PERIOD) + 1) * SimFunding.PERIOD;
                futures.put(inst.symbol(), new FuturesQuote(mark, index, OptionalDouble.of(rate),
                        Optional.of(Instant.ofEpochSecond(next)), Optional.of(Duration.ofSeconds(SimFunding.PERIOD)), at));
                events.put(inst.symbol(), fundingEvents(inst, u, tick));
            } else {
                futures.put(inst.symbol(), new FuturesQuote(mark, index, OptionalDouble.empty(), Optional.empty(),
                        Optional.empty(), at));
                if (tick >= expiry) {
                    status.put(inst.symbol(), new SymbolStatus(SymbolStatus.Health.STALE,
                            Optional.of(Instant.ofEpochSecond(expiry)),
                            "expired " + EXPIRED.format(Instant.ofEpochSecond(expiry)) + ", settled"));
                }
            }
        }
        funding.forgetBefore(series.firstSecond() - SimFunding.PERIOD);
        // the history before the current hour is a function of the hour (SimSeries.base): the closed buckets of
        // every interval (1h and up) hold the same observations all hour long
        long closedHistory = historySalt + Math.floorDiv(nowSec, SimSeries.HOUR);
        return new MarketSnapshot(now, spot, futures, spotHistory, markHistory, events, status, name(), "live",
                closedHistory == 0 ? 1 : closedHistory);
    }

    /** Settled events from the instrument's fundingSince (and at least 3 D settlements back) up to tick. */
    private List<FundingEvent> fundingEvents(MarketRequest.Instrument inst, SimMarket.TokenModel u, long tick) {
        long last = Math.floorDiv(tick, SimFunding.PERIOD);
        long first = last - 3L * days + 1;
        if (inst.fundingSince().isPresent()) {
            long since = inst.fundingSince().get().getEpochSecond();
            first = Math.min(first, Math.floorDiv(since + SimFunding.PERIOD - 1, SimFunding.PERIOD));
        }
        List<FundingEvent> built = eventLists.get(inst.symbol());
        if (built != null && !built.isEmpty() && built.get(0).time().getEpochSecond() == first * SimFunding.PERIOD
                && built.get(built.size() - 1).time().getEpochSecond() == last * SimFunding.PERIOD) {
            return built; // no settlement since the last poll
        }
        Map<Long, FundingEvent> cache = eventCache.computeIfAbsent(inst.symbol(), x -> new HashMap<>());
        long from = first;
        cache.keySet().removeIf(k -> k < from);
        List<FundingEvent> list = new ArrayList<>();
        double cap = u.params().fundingCap();
        for (long k = first; k <= last; k++) {
            long t = k * SimFunding.PERIOD;
            list.add(cache.computeIfAbsent(k, x -> new FundingEvent(Instant.ofEpochSecond(t),
                    SimFunding.rate(funding.premium(inst.symbol(), u, t), cap),
                    OptionalDouble.of(funding.perpetualMark(inst.symbol(), u, t)))));
        }
        list = List.copyOf(list);
        eventLists.put(inst.symbol(), list);
        return list;
    }

    /**
     * Settlement instant (08:00 UTC) of an expiry future: its declared date, else the {@code _YYMMDD}
     * suffix of its symbol, else the next quarterly expiry (last Friday of Mar/Jun/Sep/Dec) after tick.
     */
    static long expirySecond(MarketRequest.Instrument inst, long tick) {
        Optional<LocalDate> date = inst.expiry().or(() -> MarketRequest.Instrument.expiryFromSymbol(inst.symbol()));
        LocalDate d = date.orElseGet(() -> nextQuarterly(tick));
        return d.atTime(8, 0).toEpochSecond(ZoneOffset.UTC);
    }

    static LocalDate nextQuarterly(long tick) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(tick, DAY));
        for (LocalDate month = day.withDayOfMonth(1); ; month = month.plusMonths(1)) {
            if (month.getMonthValue() % 3 != 0) {
                continue;
            }
            LocalDate last = month.withDayOfMonth(month.lengthOfMonth());
            while (last.getDayOfWeek() != java.time.DayOfWeek.FRIDAY) {
                last = last.minusDays(1);
            }
            if (last.atTime(8, 0).toEpochSecond(ZoneOffset.UTC) > tick) {
                return last;
            }
        }
    }

    /** Entries held in caches (tests check it stays bounded). */
    synchronized int cacheSize() {
        return series.cacheSize() + eventCache.values().stream().mapToInt(Map::size).sum() + market.cacheSize() + funding.cacheSize();
    }
}
