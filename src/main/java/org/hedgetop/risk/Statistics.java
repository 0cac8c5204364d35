package org.hedgetop.risk;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The history-dependent numbers of one evaluation: per-asset rho/beta against BTC and ETH, volatility,
 * the per-hedge basket covariances, and the correlation matrix. They depend only on closed buckets, so
 * {@link RiskEngine} builds one of these per closed interval and hands the same object to every tick
 * inside it. Immutable.
 *
 * @param lastClosedBucket  start (epoch ms) of the last closed bucket of the window
 * @param assets            per token (held tokens, BTC, ETH and every hedge's underlying)
 * @param baskets           per hedge id
 * @param correlations      held tokens plus BTC and ETH
 */
public record Statistics(long lastClosedBucket, Map<String, AssetStats> assets, Map<String, BasketStats> baskets,
                         CorrelationMatrix correlations) {
    public Statistics {
        assets = Map.copyOf(assets);
        baskets = Map.copyOf(baskets);
    }

    /**
     * Statistics of one asset over the window.
     *
     * @param lastClose  close of the last closed bucket, when the bucket has an observation
     * @param returns    number of returns present in the window
     */
    public record AssetStats(OptionalDouble rhoBtc, OptionalDouble rhoEth, OptionalDouble betaBtc,
                             OptionalDouble betaEth, OptionalDouble volatilityPct, OptionalDouble lastClose,
                             int returns) {
        static final AssetStats NONE = new AssetStats(OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0);
    }

    public AssetStats asset(String token) {
        return assets.getOrDefault(token, AssetStats.NONE);
    }

    public Optional<BasketStats> basket(String hedgeId) {
        return Optional.ofNullable(baskets.get(hedgeId));
    }
}
