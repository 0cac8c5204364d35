package org.hedgetop.market.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hedgetop.market.Prices;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.text.Safe;

/**
 * One kline: its open time (epoch millis; the candle is stored at its open time), close and traded
 * volume in the base asset.
 */
public record Candle(long openTime, double close, double volume) {
    /**
     * Kline rows as both venues send them, {@code [time, open, high, low, close, volume, ...]} (Binance
     * oldest first, Bybit newest first), returned oldest first. One bad candle rejects the whole list: a
     * wrong close would silently bend every statistic.
     *
     * @param timeName the venue's name for the first column, for the error message
     */
    /**
     * Price-only candles ({@code [openTime, open, high, low, close, ...]}, e.g. mark-price klines, which have no
     * volume): volume 0.
     */
    public static List<Candle> fromPriceRows(Iterable<JsonNode> rows, String timeName) throws FeedException {
        List<Candle> candles = new ArrayList<>();
        for (JsonNode k : rows) {
            if (!k.isArray() || k.size() < 5) {
                throw Json.bad("mark price klines: a candle is not [" + timeName + ", open, high, low, close, ...]");
            }
            double close = Json.numberValue(k.get(4), "close");
            if (!(close > 0)) {
                throw Json.bad("mark price klines: close is not a positive price: \""
                        + Safe.text(k.get(4).asText(), 40) + "\"");
            }
            candles.add(new Candle(Json.millisValue(k.get(0), timeName), close, 0));
        }
        candles.sort(Comparator.comparingLong(Candle::openTime));
        return candles;
    }

    public static List<Candle> fromRows(Iterable<JsonNode> rows, String timeName) throws FeedException {
        List<Candle> candles = new ArrayList<>();
        for (JsonNode k : rows) {
            if (!k.isArray() || k.size() < 6) {
                throw Json.bad("klines: a candle is not [" + timeName + ", open, high, low, close, volume, ...]");
            }
            long open = Json.millisValue(k.get(0), timeName);
            double close = Json.numberValue(k.get(4), "close");
            if (!Prices.isPrice(close)) {
                throw Json.bad("klines: close is not a price: \"" + Safe.text(k.get(4).asText(), 40) + "\"");
            }
            double volume = Json.numberValue(k.get(5), "volume");
            candles.add(new Candle(open, close, Math.max(0, volume)));
        }
        candles.sort(Comparator.comparingLong(Candle::openTime));
        return candles;
    }

    /** One page of candles opening at or after {@code start}, oldest first. */
    @FunctionalInterface
    public interface Page {
        List<Candle> from(long start) throws FeedException;
    }

    /**
     * Candles opening from {@code fromOpen} to {@code toOpen}, oldest first, paged forward by open time (the
     * venues that page by start time): a full page of {@code pageSize} continues after its last candle.
     */
    public static List<Candle> pagedForward(long fromOpen, long toOpen, int pageSize, int maxPages, Page page)
            throws FeedException {
        List<Candle> out = new ArrayList<>();
        long start = fromOpen;
        for (int p = 0; p < maxPages && start <= toOpen; p++) {
            List<Candle> got = page.from(start);
            got.stream().filter(c -> c.openTime() <= toOpen).forEach(out::add);
            if (got.size() < pageSize) {
                break;
            }
            start = got.get(got.size() - 1).openTime() + 1;
        }
        return out;
    }
}
