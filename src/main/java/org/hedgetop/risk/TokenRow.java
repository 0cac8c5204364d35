package org.hedgetop.risk;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One held token as the screen and the report show it. Empty optionals are "n/a" / JSON null.
 *
 * @param changePct  change of the spot over the last interval (last close to now), in percent
 * @param stakingCarryPerYear  {@code exposure * staking_apy_pct / 100}, when the holding stakes
 * @param noMarket   the source does not list this token's spot symbol
 * @param stale      the price is older than three poll periods
 * @param costPrice  what a unit cost, when the book says
 * @param spotPnl    {@code units * (price - cost_price)}; empty without either
 */
public record TokenRow(String token, double units, OptionalDouble price, OptionalDouble exposure,
                       OptionalDouble weightPct, Optional<String> sector, OptionalDouble rhoBtc,
                       OptionalDouble rhoEth, OptionalDouble betaBtc, OptionalDouble betaEth,
                       OptionalDouble volatilityPct, OptionalDouble changePct, OptionalDouble stakingApyPct,
                       OptionalDouble stakingCarryPerYear, boolean noMarket, boolean stale,
                       OptionalDouble costPrice, OptionalDouble spotPnl) {
    /** A row without a cost price. */
    public TokenRow(String token, double units, OptionalDouble price, OptionalDouble exposure,
                    OptionalDouble weightPct, Optional<String> sector, OptionalDouble rhoBtc,
                    OptionalDouble rhoEth, OptionalDouble betaBtc, OptionalDouble betaEth,
                    OptionalDouble volatilityPct, OptionalDouble changePct, OptionalDouble stakingApyPct,
                    OptionalDouble stakingCarryPerYear, boolean noMarket, boolean stale) {
        this(token, units, price, exposure, weightPct, sector, rhoBtc, rhoEth, betaBtc, betaEth, volatilityPct,
                changePct, stakingApyPct, stakingCarryPerYear, noMarket, stale, OptionalDouble.empty(),
                OptionalDouble.empty());
    }
}
