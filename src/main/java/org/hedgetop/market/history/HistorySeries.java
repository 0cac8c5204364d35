package org.hedgetop.market.history;

/**
 * One fetched series as replay rows (DOMAIN.md section 6): {@code kind} spot (keyed by token), mark or funding
 * (keyed by instrument), observation times in epoch ms ascending, values. A kline's close is observed at its close
 * time, {@code openTime + interval - 1 ms}, the time the venue prints as {@code closeTime}: the value at a close
 * {@code c} is then the candle that ended at {@code c}, never a later one.
 */
public record HistorySeries(String kind, String key, long[] times, double[] values) {
}
