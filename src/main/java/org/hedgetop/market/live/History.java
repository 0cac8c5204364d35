package org.hedgetop.market.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.http.FeedException;

/**
 * Keeps the candle history and funding events of a live source up to date with as few requests as
 * possible: twice the window at start, then one request per series only when a new interval has begun,
 * and funding only once a settlement time has passed.
 */
final class History {
    /**
     * Closed candles kept beyond twice the window: the statistics window needs window + 1 closes, and the
     * out-of-sample leg effectiveness ({@code risk.LegEffectiveness}) estimates a beta on the window before each
     * of its intervals, so 2 window + 1 closes in all, plus one spare.
     */
    static final int EXTRA_CLOSES = 2;
    /** How long after a settlement to keep asking for its event before waiting for the next one. */
    static final Duration FUNDING_PATIENCE = Duration.ofMinutes(30);
    static final Duration FUNDING_RETRY = Duration.ofMinutes(1);

    private final LiveSource source;
    private final Interval interval;
    private final int keep;
    private final Map<String, Long> lastSpotCandle = new HashMap<>();
    private final Map<String, Long> lastMarkCandle = new HashMap<>();
    private final Map<String, Instant> fundingCheck = new HashMap<>();
    private final Map<String, Instant> fundingDue = new HashMap<>();

    History(LiveSource source) {
        this.source = source;
        this.interval = source.request.interval();
        this.keep = 2 * source.request.window() + EXTRA_CLOSES + 1; // + the interval still open
    }

    private record Task(String key, String symbol, Kind kind, boolean full) {
    }

    private enum Kind { SPOT, MARK, FUNDING }

    void refresh(Instant now) throws FeedException {
        LastGood state = source.state;
        long current = interval.bucketStart(now.toEpochMilli());
        List<Task> tasks = new ArrayList<>();
        source.request.spotSymbols().forEach((token, symbol) -> {
            if (state.spot.containsKey(token) && !state.noMarket.containsKey(token)) {
                addCandleTask(tasks, token, symbol, Kind.SPOT, lastSpotCandle.get(token), current);
            }
        });
        for (MarketRequest.Instrument i : source.request.instruments()) {
            FuturesQuote q = state.futures.get(i.symbol());
            if (q == null || state.noMarket.containsKey(i.symbol())) {
                continue;
            }
            addCandleTask(tasks, i.symbol(), i.symbol(), Kind.MARK, lastMarkCandle.get(i.symbol()), current);
            boolean perpetual = i.type() == HedgeType.PERPETUAL && q.nextFundingTime().isPresent();
            if (perpetual && i.fundingSince().isPresent() && i.fundingSince().get().isBefore(now)) {
                Instant check = fundingCheck.get(i.symbol());
                if (check == null || !now.isBefore(check)) {
                    tasks.add(new Task(i.symbol(), i.symbol(), Kind.FUNDING, check == null));
                }
            }
        }
        long full = tasks.stream().filter(Task::full).count();
        int done = 0;
        for (Task t : tasks) {
            run(t, now, current);
            if (t.full()) {
                done++;
                if (done == full || done % Math.max(1, full / 10) == 0) {
                    source.options.progress().accept(source.name() + ": history " + done + "/" + full);
                }
            }
        }
    }

    private void addCandleTask(List<Task> tasks, String key, String symbol, Kind kind, Long last, long current) {
        if (last == null || last < current - (keep - 1) * interval.millis()) {
            tasks.add(new Task(key, symbol, kind, true));
        } else if (last < current) {
            tasks.add(new Task(key, symbol, kind, false));
        }
    }

    private void run(Task t, Instant now, long current) throws FeedException {
        LastGood state = source.state;
        try {
            if (t.kind() == Kind.FUNDING) {
                funding(t, now);
            } else {
                boolean spot = t.kind() == Kind.SPOT;
                candles(t, current, spot ? lastSpotCandle : lastMarkCandle,
                        spot ? state.spotHistory : state.markHistory);
            }
            state.historyErrors.remove(t.key());
        } catch (FeedException e) {
            state.historyErrors.put(t.key(), e.getMessage());
            source.problem("history of " + t.symbol(), e);
        }
    }

    private void candles(Task t, long current, Map<String, Long> last, Map<String, PriceSeries> series)
            throws FeedException {
        long step = interval.millis();
        Optional<Long> since = t.full() ? Optional.empty() : Optional.of(last.get(t.key()));
        int limit = t.full() ? keep : (int) ((current - since.get()) / step) + 1;
        List<Candle> got = source.candles(t.kind() == Kind.MARK, t.symbol(), since, limit);
        List<Candle> usable = got.stream().filter(c -> c.openTime() <= current).toList();
        long[] times = new long[usable.size()];
        double[] closes = new double[usable.size()];
        double[] volumes = new double[usable.size()];
        for (int k = 0; k < usable.size(); k++) {
            times[k] = usable.get(k).openTime();
            closes[k] = usable.get(k).close();
            volumes[k] = usable.get(k).volume();
        }
        PriceSeries fresh = PriceSeries.of(times, closes, volumes);
        PriceSeries merged = t.full() ? fresh : series.getOrDefault(t.key(), PriceSeries.EMPTY).append(fresh);
        series.put(t.key(), merged.from(current - (keep - 1) * step));
        // we have asked up to now: the next request waits for a new interval and starts at this one,
        // which will then be closed (its final close replaces the partial one)
        last.put(t.key(), current);
    }

    private void funding(Task t, Instant now) throws FeedException {
        LastGood state = source.state;
        String symbol = t.symbol();
        List<FundingEvent> known = state.funding.getOrDefault(symbol, List.of());
        Instant opened = source.request.instruments().stream().filter(i -> i.symbol().equals(symbol))
                .findFirst().flatMap(MarketRequest.Instrument::fundingSince).orElseThrow();
        Instant since = known.isEmpty() ? opened : known.get(known.size() - 1).time().plusMillis(1);
        List<FundingEvent> got = SettlementPrices.price(source, symbol, source.fundingSince(symbol, since, now));
        state.addFunding(symbol, got.stream().filter(e -> !e.time().isBefore(opened) && !e.time().isAfter(now))
                .toList());
        List<FundingEvent> all = state.funding.getOrDefault(symbol, List.of());
        Instant newest = all.isEmpty() ? opened : all.get(all.size() - 1).time();
        Instant due = fundingDue.get(symbol);
        Optional<Instant> next = Optional.ofNullable(state.futures.get(symbol)).flatMap(FuturesQuote::nextFundingTime);
        boolean caughtUp = due == null || !newest.isBefore(due.minus(FUNDING_RETRY))
                || now.isAfter(due.plus(FUNDING_PATIENCE));
        if (caughtUp) {
            Instant n = next.filter(x -> x.isAfter(now)).orElse(now.plus(FUNDING_RETRY));
            fundingDue.put(symbol, n);
            fundingCheck.put(symbol, n);
        } else {
            fundingCheck.put(symbol, now.plus(FUNDING_RETRY)); // the settlement is not published yet
        }
    }
}
