package org.hedgetop.market.live;

/**
 * One kline: its open time (epoch millis; the candle is stored at its open time), close and traded
 * volume in the base asset.
 */
public record Candle(long openTime, double close, double volume) {
}
