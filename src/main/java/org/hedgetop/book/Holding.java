package org.hedgetop.book;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A token held in the book.
 *
 * @param token          ticker of the token, e.g. {@code SOL}; unique in the book
 * @param units          units held, strictly positive
 * @param sector         optional grouping for exposure (e.g. {@code Layer-1})
 * @param stakingApyPct  optional staking yield in percent per year
 * @param symbol         spot symbol on the feed's exchange; defaults to token + quote
 * @param location       where the holding was declared in the file (for messages and editing)
 * @param costPrice      what a unit cost, in the quote currency ({@code spot_pnl = units * (S - cost_price)})
 */
public record Holding(String token, double units, Optional<String> sector, OptionalDouble stakingApyPct,
                      String symbol, SourcePos location, OptionalDouble costPrice) {
    /** A holding without a cost price. */
    public Holding(String token, double units, Optional<String> sector, OptionalDouble stakingApyPct,
                   String symbol, SourcePos location) {
        this(token, units, sector, stakingApyPct, symbol, location, OptionalDouble.empty());
    }
}
