package org.hedgetop.market.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.SymbolStatus;

/**
 * The last good value of everything a live source watches, and why a value is missing or old. A bad
 * response never reaches here, so a failed poll leaves the previous values in place. Keys: spot by
 * token, futures by instrument (as in {@link MarketSnapshot}).
 */
final class LastGood {
    final Map<String, Double> spot = new HashMap<>();
    final Map<String, Instant> spotAt = new HashMap<>();
    final Map<String, FuturesQuote> futures = new HashMap<>();
    final Map<String, PriceSeries> spotHistory = new HashMap<>();
    final Map<String, PriceSeries> markHistory = new HashMap<>();
    final Map<String, List<FundingEvent>> funding = new HashMap<>();
    /** key -> "no market" explanation: the exchange does not list the symbol. */
    final Map<String, String> noMarket = new HashMap<>();
    /** key -> why its latest value was refused (kept until a good value arrives). */
    final Map<String, String> errors = new HashMap<>();
    /** key -> why its history could not be loaded (kept until it loads). */
    final Map<String, String> historyErrors = new HashMap<>();

    boolean hasAnyPrice() {
        return !spot.isEmpty() || !futures.isEmpty();
    }

    void putSpot(String token, double price, Instant at) {
        spot.put(token, price);
        spotAt.put(token, at);
        errors.remove(token);
        noMarket.remove(token);
    }

    void putFutures(String instrument, FuturesQuote quote) {
        futures.put(instrument, quote);
        errors.remove(instrument);
        noMarket.remove(instrument);
    }

    /** Adds events, dropping ones already known (same time), oldest first. */
    int addFunding(String instrument, List<FundingEvent> events) {
        Map<Instant, FundingEvent> byTime = new TreeMap<>();
        for (FundingEvent e : funding.getOrDefault(instrument, List.of())) {
            byTime.put(e.time(), e);
        }
        int before = byTime.size();
        for (FundingEvent e : events) {
            byTime.put(e.time(), e);
        }
        funding.put(instrument, List.copyOf(new ArrayList<>(byTime.values())));
        return byTime.size() - before;
    }

    MarketSnapshot snapshot(Instant now, MarketRequest request, Duration pollPeriod, String source, String health) {
        Map<String, SymbolStatus> status = new HashMap<>();
        Duration staleAfter = pollPeriod.multipliedBy(3);
        for (String token : request.spotSymbols().keySet()) {
            status.put(token, status(token, Optional.ofNullable(spotAt.get(token)), now, staleAfter));
        }
        for (MarketRequest.Instrument i : request.instruments()) {
            String key = i.symbol();
            status.put(key, status(key, Optional.ofNullable(futures.get(key)).map(FuturesQuote::time), now, staleAfter));
        }
        return new MarketSnapshot(now, spot, futures, spotHistory, markHistory, funding, status, source, health);
    }

    private SymbolStatus status(String key, Optional<Instant> last, Instant now, Duration staleAfter) {
        if (noMarket.containsKey(key)) {
            return new SymbolStatus(SymbolStatus.Health.NO_MARKET, last, noMarket.get(key));
        }
        String error = errors.get(key);
        if (last.isEmpty()) {
            return new SymbolStatus(SymbolStatus.Health.ERROR, last, error != null ? error : "no price yet");
        }
        Duration age = Duration.between(last.get(), now);
        if (age.compareTo(staleAfter) > 0) {
            return new SymbolStatus(SymbolStatus.Health.STALE, last, "stale: " + age(age) + " old"
                    + (error != null ? "; " + error : ""));
        }
        String history = historyErrors.get(key);
        String message = error != null ? "last update refused: " + error
                : history != null ? "no history: " + history : "";
        return new SymbolStatus(SymbolStatus.Health.OK, last, message);
    }

    /** "45 s", "12 min", "3 h 05 min", "2 d 4 h". */
    static String age(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 120) {
            return s + " s";
        }
        long m = s / 60;
        if (m < 60) {
            return m + " min";
        }
        long h = m / 60;
        if (h < 48) {
            return String.format(java.util.Locale.ROOT, "%d h %02d min", h, m % 60);
        }
        return (h / 24) + " d " + (h % 24) + " h";
    }
}
