package org.hedgetop.book;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One trade of a hedge (DOMAIN.md section 7): it counts from its time on.
 *
 * @param time       when the trade happened; a settlement at exactly this time does not see it
 * @param contracts  signed whole contracts, never 0: negative sells (adds to a short), positive buys
 * @param price      traded price in the quote currency, &gt; 0
 * @param fee        fee paid in the quote currency (negative = rebate); empty when not given
 * @param id         the venue's trade id, when known
 * @param location   where the fill is written in the file ({@link SourcePos#NONE} when not read from one)
 */
public record Fill(Instant time, long contracts, double price, OptionalDouble fee, Optional<String> id,
                   SourcePos location) {
    public Fill {
        if (contracts == 0) {
            throw new IllegalArgumentException("a fill of 0 contracts");
        }
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("a fill price must be > 0, got " + price);
        }
    }

    /** {@code {time: T, contracts: C, price: P, fee: F, id: "ID"}}, as the writer puts it in the file. */
    public String text() {
        return FillsSplice.flow(this);
    }

    /** A fill without fee, id or location (tests, and fills the monitor makes). */
    public static Fill of(Instant time, long contracts, double price) {
        return new Fill(time, contracts, price, OptionalDouble.empty(), Optional.empty(), SourcePos.NONE);
    }
}
