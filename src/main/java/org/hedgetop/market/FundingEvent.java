package org.hedgetop.market;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * A settled funding event of a perpetual.
 *
 * @param time  settlement time
 * @param rate  funding rate for the period, as a fraction (0.0001 = 0.01 %)
 * @param mark  mark price the exchange reported with the event, when it did
 */
public record FundingEvent(Instant time, double rate, OptionalDouble mark) {
}
