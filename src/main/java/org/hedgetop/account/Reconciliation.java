package org.hedgetop.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.risk.Ledger;

/**
 * Each hedge beside the account's position of its instrument (DOMAIN.md section 8). Pure: the caller
 * reads the positions. The book's side is the ledger's position now ({@link Ledger#at}: the fills up to
 * {@code now}; a hedge written with {@code position} is one implied fill), not a typed field, so a fill
 * dated later than {@code now} does not count yet. Several hedges on one instrument share one exchange
 * position, so they are compared together: their positions, in coins, must add up to the account's.
 *
 * @param exchangePosition  the instrument's signed size on the account in this hedge's contracts; a
 *                          fraction is kept as it is
 * @param reconciled        the book's position(s) on the instrument equal the account's, exactly
 * @param mismatch          what differs, naming both numbers (for a position_mismatch alert)
 */
public record Reconciliation(String hedgeId, String instrument, double exchangePosition,
                             OptionalDouble exchangeEntryPrice, OptionalDouble exchangeLiquidationPrice,
                             boolean reconciled, Optional<String> mismatch) {

    public static List<Reconciliation> of(Book book, List<ExchangePosition> positions, Instant now) {
        Map<String, BigDecimal> bookCoins = new LinkedHashMap<>();
        Map<String, Integer> hedgesOn = new LinkedHashMap<>();
        Map<String, Long> held = new LinkedHashMap<>();
        for (Hedge h : book.hedges()) {
            long position = Ledger.at(h, now).position();
            held.put(h.id(), position);
            bookCoins.merge(h.instrument(), coins(h, position), BigDecimal::add);
            hedgesOn.merge(h.instrument(), 1, Integer::sum);
        }
        List<Reconciliation> out = new ArrayList<>();
        for (Hedge h : book.hedges()) {
            ExchangePosition p = ExchangePosition.find(positions, h.instrument());
            boolean same = BigDecimal.valueOf(p.coins()).compareTo(bookCoins.get(h.instrument())) == 0;
            double contracts = p.contracts(h.contractSize());
            Optional<String> mismatch = same ? Optional.empty() : Optional.of(hedgesOn.get(h.instrument()) == 1
                    ? "the book holds " + held.get(h.id()) + " contracts of " + h.instrument()
                            + ", the exchange " + plain(contracts)
                    : h.instrument() + ": the book's hedges hold " + plain(bookCoins.get(h.instrument()).doubleValue())
                            + " coins, the exchange " + plain(p.coins()));
            out.add(new Reconciliation(h.id(), h.instrument(), contracts, p.entryPrice(), p.liquidationPrice(), same,
                    mismatch));
        }
        return out;
    }

    private static BigDecimal coins(Hedge h, long position) {
        return BigDecimal.valueOf(position).multiply(BigDecimal.valueOf(h.contractSize()));
    }

    /** 9 not 9.0, 4.5 as 4.5. */
    private static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
