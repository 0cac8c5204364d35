package org.hedgetop.book;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A short futures position that hedges one token (direct) or a basket (proxy).
 *
 * @param id            unique name of the hedge
 * @param covers        tokens whose exposure this hedge covers (all held in the book)
 * @param instrument    futures symbol on the feed's exchange
 * @param underlying    token whose spot is the instrument's underlying
 * @param type          perpetual or expiry
 * @param expiry        expiry date; present exactly for expiry futures
 * @param contractSize  units of the underlying per contract, strictly positive
 * @param targetPct     wanted coverage in percent, 0..300
 * @param ratio         hedge factor rule for proxy hedges
 * @param position      contracts held, negative = short; with fills, the sum of every fill (the position after
 *                      the last one: the risk engine asks {@code risk.Ledger} for the position at a time)
 * @param entryPrice    entry price as written; empty for a hedge with fills (the ledger's average entry)
 * @param opened        when the position was opened (funding accrues after it); with fills, the first fill's time
 * @param leverage      leverage of the isolated position
 * @param exit          exit rules
 * @param location      where the hedge was declared in the file
 * @param fills         the trades as written under {@code fills}; empty for a hedge written with {@code position}
 *                      (its ledger is one implied fill, see DOMAIN.md section 7)
 */
public record Hedge(String id, List<String> covers, String instrument, String underlying, HedgeType type,
                    Optional<LocalDate> expiry, double contractSize, double targetPct, Ratio ratio,
                    long position, OptionalDouble entryPrice, Optional<Instant> opened,
                    OptionalDouble leverage, ExitRule exit, SourcePos location, List<Fill> fills) {
    public Hedge {
        covers = List.copyOf(covers);
        fills = List.copyOf(fills);
    }

    /** A hedge written with {@code position} / {@code entry_price} / {@code opened}, without fills. */
    public Hedge(String id, List<String> covers, String instrument, String underlying, HedgeType type,
                 Optional<LocalDate> expiry, double contractSize, double targetPct, Ratio ratio,
                 long position, OptionalDouble entryPrice, Optional<Instant> opened,
                 OptionalDouble leverage, ExitRule exit, SourcePos location) {
        this(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, ratio, position, entryPrice,
                opened, leverage, exit, location, List.of());
    }

    /**
     * A hedge written with {@code fills}: {@code position} is their sum, {@code opened} the first fill's time,
     * {@code entryPrice} empty (the average entry depends on the time asked about: see {@code risk.Ledger}).
     */
    public static Hedge withFills(String id, List<String> covers, String instrument, String underlying,
                                  HedgeType type, Optional<LocalDate> expiry, double contractSize, double targetPct,
                                  Ratio ratio, List<Fill> fills, OptionalDouble leverage, ExitRule exit,
                                  SourcePos location) {
        long position = 0;
        Instant first = null;
        for (Fill f : fills) {
            position += f.contracts();
            first = first == null || f.time().isBefore(first) ? f.time() : first;
        }
        return new Hedge(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, ratio, position,
                OptionalDouble.empty(), Optional.ofNullable(first), leverage, exit, location, fills);
    }

    /** The book lists this hedge's trades under {@code fills} (else it is written with {@code position}). */
    public boolean hasFills() {
        return !fills.isEmpty();
    }

    /**
     * This hedge with one more fill at the end. A hedge written with {@code position} becomes a list of fills:
     * its implied fill {@code {time: opened, contracts: position, price: entry_price}} (none when flat), then
     * {@code fill}.
     *
     * @throws BookEditException when the hedge holds a position but lacks {@code opened} or {@code entry_price}
     */
    public Hedge withFill(Fill fill) throws BookEditException {
        List<Fill> more = new java.util.ArrayList<>(fills);
        if (!hasFills() && position != 0) {
            if (opened.isEmpty() || entryPrice.isEmpty()) {
                throw new BookEditException(id + " has no " + (opened.isEmpty() ? "opened" : "entry_price")
                        + ": its position cannot be turned into fills; add opened and entry_price to the hedge");
            }
            more.add(Fill.of(opened.get(), position, entryPrice.getAsDouble()));
        }
        more.add(fill);
        return withFills(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, ratio, more,
                leverage, exit, location);
    }

    /**
     * The ledger's fills as a list: the fills written, or for a hedge written with {@code position} its implied
     * fill (none when flat), as the first edit turns it into fills.
     *
     * @throws BookEditException when the hedge holds a position but lacks {@code opened} or {@code entry_price}
     */
    public List<Fill> asFills() throws BookEditException {
        if (hasFills() || position == 0) {
            return fills;
        }
        if (opened.isEmpty() || entryPrice.isEmpty()) {
            throw new BookEditException(id + " has no " + (opened.isEmpty() ? "opened" : "entry_price")
                    + ": its position cannot be turned into fills; add opened and entry_price to the hedge");
        }
        return List.of(Fill.of(opened.get(), position, entryPrice.getAsDouble()));
    }

    /** This hedge with exactly {@code list} as its fills (position and opened follow from them). */
    public Hedge withFillList(List<Fill> list) {
        return withFills(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, ratio, list,
                leverage, exit, location);
    }

    /** A direct hedge covers exactly its own underlying; its factor is always 1. */
    public boolean isDirect() {
        return covers.size() == 1 && covers.get(0).equals(underlying);
    }

    /** Contracts held short (positive when short). */
    public long contractsHeld() {
        return -position;
    }

    public Hedge withTargetPct(double value) {
        return new Hedge(id, covers, instrument, underlying, type, expiry, contractSize, value, ratio, position,
                entryPrice, opened, leverage, exit, location, fills);
    }

    public Hedge withPosition(long value) {
        return new Hedge(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, ratio, value,
                entryPrice, opened, leverage, exit, location, fills);
    }

    public Hedge withRatio(Ratio value) {
        return new Hedge(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, value, position,
                entryPrice, opened, leverage, exit, location, fills);
    }
}
