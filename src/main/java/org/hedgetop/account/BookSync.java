package org.hedgetop.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;

/**
 * One sync of a whole book against its account ({@code hedgetop sync} and the monitor's key): each hedge's
 * trades read, its fills planned ({@link FillSync}), the edited book built. Nothing is written here: the
 * command and the monitor save the result with the book writer (or print it, for a dry run).
 *
 * @param edited  the book with every hedge's fills as the account says (equal to the input when nothing changes)
 * @param plans   one per hedge, in book order
 */
public record BookSync(Book edited, List<FillSync> plans) {

    /** Any fill added or removed. */
    public boolean changes() {
        return plans.stream().anyMatch(FillSync::changes);
    }

    /**
     * Reads every hedge's trades and plans its fills. Refused as a whole (nothing half-done) when a hedge
     * cannot be synced: two hedges on one instrument (the account's trades do not say whose they are), a
     * position book without opened or entry_price, a trade that is not whole contracts, every fill going.
     *
     * @throws BookEditException what hedgetop will not do, in words for the person (exit 2)
     * @throws AccountException  the account could not be read
     */
    public static BookSync run(ExchangeAccount account, Book book, Instant now)
            throws AccountException, BookEditException {
        Map<String, List<String>> byInstrument = new LinkedHashMap<>();
        book.hedges().forEach(h -> byInstrument.computeIfAbsent(h.instrument(), k -> new ArrayList<>()).add(h.id()));
        for (Map.Entry<String, List<String>> e : byInstrument.entrySet()) {
            if (e.getValue().size() > 1) {
                throw new BookEditException(e.getKey() + " is hedged by " + String.join(" and ", e.getValue())
                        + ": the account's trades do not say whose they are; nothing synced (add them with hedgetop fill)");
            }
        }
        for (Hedge h : book.hedges()) {
            h.asFills(); // a position that cannot become fills refuses before any request
        }
        Book edited = book;
        List<FillSync> plans = new ArrayList<>();
        for (Hedge h : book.hedges()) {
            FillSync plan = FillSync.plan(h, account.trades(h.instrument(), FillSync.askFrom(h, now), now));
            if (plan.after().isEmpty() && !plan.before().isEmpty()) {
                throw new BookEditException(h.id() + ": the account has no trades of " + h.instrument() + " since "
                        + plan.covered().from() + " and every fill is from then; set the hedge flat by hand");
            }
            if (plan.changes()) {
                edited = edited.withHedge(h.withFillList(plan.after()));
            }
            plans.add(plan);
        }
        return new BookSync(edited, plans);
    }

    /** What changed, a line per fill, then one line per hedge; the caller passes them through Safe. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            FillSync p = plans.get(i);
            for (Fill f : p.removed()) {
                out.add(p.hedgeId() + ": removed " + f.text());
            }
            for (Fill f : p.added()) {
                out.add(p.hedgeId() + ": added " + f.text());
            }
            String span = " (trades from " + p.covered().from() + " to " + p.covered().to() + ")";
            out.add(p.hedgeId() + ": " + (p.changes() ? p.added().size() + " added, " + p.removed().size()
                    + " removed; position " + sum(p.before()) + " -> " + sum(p.after()) : "agrees with the account")
                    + span);
        }
        return out;
    }

    private static long sum(List<Fill> fills) {
        return fills.stream().mapToLong(Fill::contracts).sum();
    }
}
