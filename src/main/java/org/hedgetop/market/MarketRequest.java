package org.hedgetop.market;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Holding;
import org.hedgetop.book.Interval;

/**
 * What a source must watch: derived from a book, so sources never see the book itself.
 *
 * @param spotSymbols  token -> spot symbol on the exchange, in book order; always includes BTC and ETH
 * @param instruments  the hedges' futures instruments
 * @param interval     history interval for statistics
 * @param window       returns in the window (sources keep at least window + 1 closes of history)
 * @param quote        quote currency (USDT)
 */
public record MarketRequest(Map<String, String> spotSymbols, List<Instrument> instruments, Interval interval,
                            int window, String quote) {
    /**
     * One futures instrument.
     *
     * @param symbol      futures symbol
     * @param underlying  token whose spot is the underlying
     * @param type        perpetual or expiry
     * @param fundingSince earliest {@code opened} of the hedges on it: funding history is needed from there
     */
    public record Instrument(String symbol, String underlying, HedgeType type, Optional<Instant> fundingSince) {
    }

    public MarketRequest {
        spotSymbols = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(spotSymbols));
        instruments = List.copyOf(instruments);
    }

    public static MarketRequest of(Book book) {
        Map<String, String> spot = new LinkedHashMap<>();
        for (Holding h : book.holdings()) {
            spot.put(h.token(), h.symbol());
        }
        spot.putIfAbsent("BTC", "BTC" + book.quote());
        spot.putIfAbsent("ETH", "ETH" + book.quote());
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        for (Hedge h : book.hedges()) {
            spot.putIfAbsent(h.underlying(), h.underlying() + book.quote());
            Instrument prev = instruments.get(h.instrument());
            Optional<Instant> since = h.opened();
            if (prev != null && prev.fundingSince().isPresent()
                    && (since.isEmpty() || prev.fundingSince().get().isBefore(since.get()))) {
                since = prev.fundingSince();
            }
            instruments.put(h.instrument(), new Instrument(h.instrument(), h.underlying(), h.type(), since));
        }
        return new MarketRequest(spot, new ArrayList<>(instruments.values()), book.feed().interval(),
                book.feed().window(), book.quote());
    }
}
