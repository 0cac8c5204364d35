package org.hedgetop.market.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketException;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.http.ErrorMapper;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.http.Fetcher;

/**
 * What Binance and Bybit have in common: each poll fetches all spot prices and all contract quotes in
 * batched requests, then the history that is missing (everything at start, then only new candles and
 * funding events). Failures never erase a good value; they mark it and say why in the snapshot.
 *
 * <p>A rate limit pauses the exchange until its Retry-After has passed (at most {@link #PAUSE_CAP}, then
 * it probes again). Timeouts and refused
 * connections skip the rest of the poll and back off (one poll period, doubling, at most
 * {@link #OUTAGE_CAP}), so a long outage costs little and recovers by itself.
 */
public abstract class LiveSource implements MarketSource {
    public static final Duration OUTAGE_CAP = Duration.ofMinutes(2);
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(60);
    /**
     * The longest pause a rate limit buys: a {@code Retry-After: 999999} (11 days) must not silence the
     * venue for good. After it the exchange is probed again; if it still refuses, that costs one request
     * per pause, a slow pace that a real ban tolerates.
     */
    public static final Duration PAUSE_CAP = Duration.ofMinutes(15);

    protected final MarketRequest request;
    protected final Duration pollPeriod;
    protected final LiveOptions options;
    protected final Fetcher fetcher;
    final LastGood state = new LastGood();
    private final History history;
    private final List<String> problems = new ArrayList<>();
    private Optional<Instant> pausedUntil = Optional.empty();
    private String pauseReason = "";
    private int failures;
    private Optional<Instant> nextAttempt = Optional.empty();
    private String outage = "";
    /** Prices taken and refused in the running poll: "live" means some arrived. */
    private int taken;
    private final List<String> refusedNow = new ArrayList<>();

    protected LiveSource(MarketRequest request, FeedSpec feed, LiveOptions options, String exchange,
                         ErrorMapper errors) {
        this.request = request;
        this.pollPeriod = Duration.ofSeconds(Math.max(1, feed.pollSeconds()));
        this.options = options;
        this.fetcher = new Fetcher(options.client(), exchange, options.retry(), options.sleeper(), options.random(),
                options.maxBodyBytes(), options.clock(), errors);
        this.history = new History(this);
    }

    /** Exchange name as people write it: "Binance" (given to the constructor). */
    protected final String exchange() {
        return fetcher.exchange();
    }

    /** The source's name in books and on the command line: the exchange in lower case ("binance"). */
    @Override
    public String name() {
        return exchange().toLowerCase(Locale.ROOT);
    }

    /** What to try when this exchange refuses the user's location. */
    protected abstract String regionAdvice();

    /** Prices of these spot symbols; symbols the exchange does not list are simply absent. */
    protected abstract Quotes<Double> spotQuotes(List<String> symbols) throws FeedException;

    /** Quotes of these contracts (funding interval filled in); unlisted ones absent. */
    protected abstract Quotes<ContractTicker> contractQuotes(List<String> symbols, Instant now) throws FeedException;

    /**
     * Candles at the request's interval, oldest first: the newest {@code limit} when {@code since} is
     * empty, else those opening at or after {@code since}.
     */
    protected abstract List<Candle> candles(boolean futures, String symbol, Optional<Long> since, int limit)
            throws FeedException;

    /**
     * Mark-price candles of the perpetual {@code symbol} at {@link SettlementPrices#STEP} (1 h), opening from
     * {@code fromOpen} to {@code toOpen} inclusive, oldest first (paged). They price the settlements the
     * venue reports without a mark (DOMAIN.md section 2).
     */
    protected abstract List<Candle> markCandles(String symbol, long fromOpen, long toOpen) throws FeedException;

    /** Every settled funding event of {@code symbol} at or after {@code since}, oldest first (paged). */
    protected abstract List<org.hedgetop.market.FundingEvent> fundingSince(String symbol, Instant since, Instant now)
            throws FeedException;

    /** HTTP requests sent so far (retries included): for tests and the request budget in the docs. */
    public int requestCount() {
        return fetcher.requestCount();
    }

    @Override
    public final synchronized MarketSnapshot poll(Instant now) throws MarketException {
        String health;
        if (pausedUntil.isPresent() && now.isBefore(pausedUntil.get())) {
            health = "rate limited, retry in " + LastGood.age(Duration.between(now, pausedUntil.get()))
                    + " (" + pauseReason + ")";
        } else if (nextAttempt.isPresent() && now.isBefore(nextAttempt.get())) {
            health = outage + "; next try in " + LastGood.age(Duration.between(now, nextAttempt.get()));
        } else {
            pausedUntil = Optional.empty();
            health = refresh(now);
        }
        if (!state.hasAnyPrice() && !health.equals("live") && state.noMarket.isEmpty()) {
            throw new MarketException(name() + ": " + health);
        }
        return state.snapshot(now, request, pollPeriod, name(), health);
    }

    private String refresh(Instant now) {
        problems.clear();
        taken = 0;
        refusedNow.clear();
        try {
            refreshQuotes(now);
            history.refresh(now);
            failures = 0;
            nextAttempt = Optional.empty();
            if (problems.isEmpty() && taken == 0 && !refusedNow.isEmpty()) {
                // every price refused (NaN, 0, 1e-320 for all): nothing arrived, so not "live"
                return "error: every price refused (" + refusedNow.get(0) + ")";
            }
            if (problems.isEmpty()) {
                return "live";
            }
            return "error: " + problems.get(0) + (problems.size() > 1 ? " (+" + (problems.size() - 1) + " more)" : "");
        } catch (FeedException e) {
            return stopped(e, now);
        }
    }

    private String stopped(FeedException e, Instant now) {
        if (e.kind() == FeedException.Kind.RATE_LIMITED) {
            Duration asked = e.retryAfter().orElse(DEFAULT_PAUSE);
            Duration wait = asked.compareTo(PAUSE_CAP) > 0 ? PAUSE_CAP : asked;
            pausedUntil = Optional.of(now.plus(wait));
            pauseReason = e.getMessage() + (wait == asked ? "" : "; asked to wait " + LastGood.age(asked)
                    + ", probing every " + LastGood.age(PAUSE_CAP));
            return "rate limited, retry in " + LastGood.age(wait) + " (" + pauseReason + ")";
        }
        failures++;
        Duration wait = pollPeriod.multipliedBy(1L << Math.min(failures - 1, 16));
        if (wait.compareTo(OUTAGE_CAP) > 0) {
            wait = OUTAGE_CAP;
        }
        nextAttempt = Optional.of(now.plus(wait));
        outage = e.kind() == FeedException.Kind.REGION_BLOCKED ? e.getMessage() + "; " + regionAdvice()
                : "offline: " + e.getMessage();
        return outage + "; next try in " + LastGood.age(wait);
    }

    /** Records a failure that spoils one step, not the poll; re-throws those that stop the poll. */
    protected void problem(String what, FeedException e) throws FeedException {
        if (e.stopsPoll()) {
            throw e;
        }
        problems.add(what + ": " + e.getMessage());
    }

    private void refreshQuotes(Instant now) throws FeedException {
        Map<String, List<String>> tokensBySymbol = new LinkedHashMap<>();
        request.spotSymbols().forEach((token, symbol) ->
                tokensBySymbol.computeIfAbsent(symbol, s -> new ArrayList<>()).add(token));
        try {
            Quotes<Double> spot = spotQuotes(new ArrayList<>(tokensBySymbol.keySet()));
            tokensBySymbol.forEach((symbol, tokens) -> tokens.forEach(token -> {
                if (spot.values().containsKey(symbol)) {
                    state.putSpot(token, spot.values().get(symbol), now);
                    taken++;
                } else if (spot.rejected().containsKey(symbol)) {
                    state.errors.put(token, spot.rejected().get(symbol));
                    refusedNow.add(token + ": " + spot.rejected().get(symbol));
                } else {
                    state.noMarket.put(token, "no market: " + symbol + " is not listed on " + exchange() + " spot");
                }
            }));
        } catch (FeedException e) {
            problem("spot prices", e);
        }
        if (request.instruments().isEmpty()) {
            return;
        }
        List<String> symbols = request.instruments().stream().map(MarketRequest.Instrument::symbol).toList();
        try {
            Quotes<ContractTicker> quotes = contractQuotes(symbols, now);
            for (String symbol : symbols) {
                ContractTicker t = quotes.values().get(symbol);
                if (t != null) {
                    state.putFutures(symbol, new FuturesQuote(t.mark(), t.index(), t.fundingRate(),
                            t.nextFundingTime(), t.fundingInterval(), now));
                    taken++;
                } else if (quotes.rejected().containsKey(symbol)) {
                    state.errors.put(symbol, quotes.rejected().get(symbol));
                    refusedNow.add(symbol + ": " + quotes.rejected().get(symbol));
                } else {
                    state.noMarket.put(symbol, "no market: " + symbol + " is not listed on " + exchange() + " futures");
                }
            }
        } catch (FeedException e) {
            problem("futures quotes", e);
        }
    }
}
