package org.hedgetop.risk;

import java.util.List;
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
 * @param window            returns in the statistics window
 * @param legs              per proxy hedge id: twice the window of returns, for {@link LegEffectiveness}
 */
public record Statistics(long lastClosedBucket, Map<String, AssetStats> assets, Map<String, BasketStats> baskets,
                         CorrelationMatrix correlations, int window, Map<String, LegHistory> legs) {
    public Statistics {
        assets = Map.copyOf(assets);
        baskets = Map.copyOf(baskets);
        legs = Map.copyOf(legs);
    }

    /**
     * {@code 2 window} log returns (oldest first, NaN where missing) of a proxy hedge's covered tokens, in its
     * {@code covers} order, and of the candidate legs BTC and ETH. Not copied: nothing writes them after
     * {@link StatisticsCache} built them.
     */
    public record LegHistory(List<double[]> members, double[] btc, double[] eth) {
        public LegHistory {
            members = List.copyOf(members);
        }
    }

    /**
     * In- and out-of-sample effectiveness of BTC and of ETH as the leg of a proxy hedge's basket at the given
     * weights (the current exposures); empty for a direct hedge or without weights.
     */
    public List<LegEffectiveness.Leg> legEffectiveness(String hedgeId, double[] weights) {
        LegHistory h = legs.get(hedgeId);
        if (h == null || weights == null || weights.length != h.members().size()) {
            return List.of();
        }
        double[] basket = LegEffectiveness.basketReturns(h.members(), weights);
        return List.of(LegEffectiveness.of(StatisticsCache.BTC, basket, h.btc(), window),
                LegEffectiveness.of(StatisticsCache.ETH, basket, h.eth(), window));
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
