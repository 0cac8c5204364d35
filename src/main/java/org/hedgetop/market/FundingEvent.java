package org.hedgetop.market;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * A settled funding event of a perpetual.
 *
 * @param time  settlement time
 * @param rate  funding rate for the period, as a fraction (0.0001 = 0.01 %)
 * @param mark  the settlement's price {@code F_k}, when the source knows it: the mark the exchange reported
 *              with the event, else one the source resolved from prices observed at or before the settlement
 *              (a replay's last mark or spot row, a live venue's hourly mark candle that closed at it)
 */
public record FundingEvent(Instant time, double rate, OptionalDouble mark) {
}
