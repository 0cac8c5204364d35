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
 * @param position      contracts held, negative = short
 * @param entryPrice    average entry price of the position
 * @param opened        when the position was opened (funding accrues after it)
 * @param leverage      leverage of the isolated position
 * @param exit          exit rules
 * @param location      where the hedge was declared in the file
 */
public record Hedge(String id, List<String> covers, String instrument, String underlying, HedgeType type,
                    Optional<LocalDate> expiry, double contractSize, double targetPct, Ratio ratio,
                    long position, OptionalDouble entryPrice, Optional<Instant> opened,
                    OptionalDouble leverage, ExitRule exit, SourcePos location) {
    public Hedge {
        covers = List.copyOf(covers);
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
                entryPrice, opened, leverage, exit, location);
    }

    public Hedge withPosition(long value) {
        return new Hedge(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, ratio, value,
                entryPrice, opened, leverage, exit, location);
    }

    public Hedge withRatio(Ratio value) {
        return new Hedge(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, value, position,
                entryPrice, opened, leverage, exit, location);
    }
}
