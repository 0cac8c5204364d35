package org.hedgetop.market;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Latest state of a futures instrument.
 *
 * @param mark             mark price
 * @param index            index price of the underlying, when the exchange reports one
 * @param fundingRate      current (predicted or last) funding rate per period; perpetuals only
 * @param nextFundingTime  next settlement; perpetuals only
 * @param fundingInterval  settlement period as the exchange reports it (8 h on most symbols)
 * @param time             when the quote was observed
 */
public record FuturesQuote(double mark, OptionalDouble index, OptionalDouble fundingRate,
                           Optional<Instant> nextFundingTime, Optional<Duration> fundingInterval, Instant time) {
}
