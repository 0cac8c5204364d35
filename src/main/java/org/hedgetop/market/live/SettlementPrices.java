package org.hedgetop.market.live;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.http.FeedException;

/**
 * Gives each settlement a venue reported without a mark (Bybit always; Binance's older records) its price
 * {@code F_k}: the close of the last hourly mark-price candle that closed at or before the settlement. A
 * candle is stored by its open time but its close is observed an hour later, so it is looked up by its close
 * time: a settlement never takes a price observed after it (DOMAIN.md section 2). Fetched once per batch of new
 * settlements (the first load, then after each settlement), never per poll.
 */
final class SettlementPrices {
    /** Mark-price candles of one hour: finer than every funding interval (1 h, 4 h, 8 h). */
    static final long STEP = 3_600_000L;

    private SettlementPrices() {
    }

    static List<FundingEvent> price(LiveSource source, String symbol, List<FundingEvent> events) throws FeedException {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (FundingEvent e : events) {
            if (!usable(e.mark())) {
                first = Math.min(first, e.time().toEpochMilli());
                last = Math.max(last, e.time().toEpochMilli());
            }
        }
        if (first == Long.MAX_VALUE) {
            return events;
        }
        // the candle closing at or before t opens at or before t - STEP
        long from = Math.floorDiv(first - STEP, STEP) * STEP;
        long to = Math.floorDiv(last - STEP, STEP) * STEP;
        List<Candle> candles = source.markCandles(symbol, from, to);
        long[] closeTimes = new long[candles.size()];
        double[] closes = new double[candles.size()];
        for (int i = 0; i < candles.size(); i++) {
            closeTimes[i] = candles.get(i).openTime() + STEP;
            closes[i] = candles.get(i).close();
        }
        PriceSeries byClose = PriceSeries.of(closeTimes, closes, null);
        List<FundingEvent> out = new ArrayList<>(events.size());
        for (FundingEvent e : events) {
            int i = usable(e.mark()) ? -1 : byClose.indexAtOrBefore(e.time().toEpochMilli());
            out.add(i < 0 ? e : new FundingEvent(e.time(), e.rate(), OptionalDouble.of(byClose.price(i))));
        }
        return out;
    }

    static boolean usable(OptionalDouble mark) {
        return mark.isPresent() && mark.getAsDouble() > 0 && Double.isFinite(mark.getAsDouble());
    }
}
