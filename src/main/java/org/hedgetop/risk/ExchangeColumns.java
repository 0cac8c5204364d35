package org.hedgetop.risk;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Per hedge, what the exchange account says (DOMAIN.md section 8). Written only for a book with an
 * {@code account:}; every figure is null when the account could not be read.
 *
 * @param position          signed contracts of the instrument on the account (a fraction kept as it is)
 * @param funding           funding received minus paid on the instrument since the hedge's first fill
 * @param fundingSince      when the venue's history does not reach the first fill: from when it could answer
 * @param reconciled        the book's position equals the exchange's; empty when unknown
 */
public record ExchangeColumns(OptionalDouble position, OptionalDouble entryPrice, OptionalDouble liquidationPrice,
                              OptionalDouble funding, Optional<Instant> fundingSince, Optional<Boolean> reconciled) {
    public static final ExchangeColumns UNKNOWN = new ExchangeColumns(OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty());
}
