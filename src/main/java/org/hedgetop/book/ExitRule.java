package org.hedgetop.book;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Conditions under which a hedge should be closed; each is optional and any one that holds fires.
 *
 * @param after               fires once this date (UTC) has passed
 * @param priceAbove          fires when the covered token's spot is above this price
 * @param priceBelow          fires when the covered token's spot is below this price
 * @param volatilityBelowPct  fires when the basket's realised volatility falls below this
 * @param maxDays             fires when the hedge has been open longer than this many days
 */
public record ExitRule(Optional<LocalDate> after, OptionalDouble priceAbove, OptionalDouble priceBelow,
                       OptionalDouble volatilityBelowPct, OptionalInt maxDays) {
    public static final ExitRule NONE = new ExitRule(Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty());

    public boolean isEmpty() {
        return after.isEmpty() && priceAbove.isEmpty() && priceBelow.isEmpty()
                && volatilityBelowPct.isEmpty() && maxDays.isEmpty();
    }
}
