package org.hedgetop.market;

import java.time.Instant;
import java.time.LocalDate;
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
 * @param window       returns in the window (sources keep at least 2 window + 1 closes of history: the
 *                     out-of-sample leg effectiveness estimates a beta on the window before each interval)
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
     * @param expiry      expiry date of an expiry future (settles 08:00 UTC that day); empty for perpetuals
     */
    public record Instrument(String symbol, String underlying, HedgeType type, Optional<Instant> fundingSince,
                             Optional<LocalDate> expiry) {
        /** Without an explicit expiry: an expiry future's date is read from a {@code _YYMMDD} suffix, if any. */
        public Instrument(String symbol, String underlying, HedgeType type, Optional<Instant> fundingSince) {
            this(symbol, underlying, type, fundingSince,
                    type == HedgeType.EXPIRY ? expiryFromSymbol(symbol) : Optional.empty());
        }

        /** {@code BTCUSDT_261225} -> 2026-12-25; empty when the symbol has no such suffix. */
        public static Optional<LocalDate> expiryFromSymbol(String symbol) {
            int us = symbol.lastIndexOf('_');
            String digits = us < 0 ? "" : symbol.substring(us + 1);
            if (!digits.matches("[0-9]{6}")) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(2000 + Integer.parseInt(digits.substring(0, 2)),
                        Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
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
            Optional<LocalDate> expiry = h.expiry().isPresent() ? h.expiry()
                    : prev != null ? prev.expiry() : Optional.empty();
            if (expiry.isEmpty() && h.type() == HedgeType.EXPIRY) {
                expiry = Instrument.expiryFromSymbol(h.instrument());
            }
            instruments.put(h.instrument(), new Instrument(h.instrument(), h.underlying(), h.type(), since, expiry));
        }
        return new MarketRequest(spot, new ArrayList<>(instruments.values()), book.feed().interval(),
                book.feed().window(), book.quote());
    }
}
