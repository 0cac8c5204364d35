package org.hedgetop.risk;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a hedge's ledger says at the view's time (DOMAIN.md section 7). Empty optionals are "n/a" / JSON null.
 *
 * @param position       signed contracts held now (negative = short)
 * @param entryPrice     average entry of the open position; empty when flat or unknown
 * @param realizedPnl    P&amp;L of the contracts closed so far
 * @param unrealizedPnl  {@code position * contract_size * (mark - entry)}; 0 when flat; empty without mark or entry
 * @param fees           fees of the fills applied (negative = rebates)
 * @param hedgePnl       {@code realized + unrealized + funding_accrued - fees}; empty when unrealized is
 * @param fills          fills applied (a hedge written with {@code position} counts its one implied fill)
 * @param firstFillTime  time of the first fill; empty without fills or without {@code opened}
 * @param settlements    funding settlements counted in {@code funding_accrued}
 * @param lastSettlement the latest of them: time, rate, contracts held, price, payment
 */
public record HedgePnl(long position, OptionalDouble entryPrice, double realizedPnl, OptionalDouble unrealizedPnl,
                       double fees, OptionalDouble hedgePnl, int fills, Optional<Instant> firstFillTime,
                       int settlements, Optional<Ledger.Settlement> lastSettlement) {
    /** A row made without a ledger (tests of painters): the position and nothing else known. */
    public static HedgePnl unknown(long position) {
        return new HedgePnl(position, OptionalDouble.empty(), 0, OptionalDouble.empty(), 0, OptionalDouble.empty(), 0,
                Optional.empty(), 0, Optional.empty());
    }
}
