package org.hedgetop.risk;

import java.time.Instant;
import java.util.Optional;
import org.hedgetop.book.Interval;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;

/**
 * The price series of a view, as the painters draw them: sparkline closes, chart samples, volume profiles and
 * whether a symbol's last update was refused. Computed here from the snapshot the view was built from, so
 * the painters never read the market and a close means the same on screen as in the statistics
 * ({@link Returns}). Each figure is computed when asked (only the rows on screen ask), from immutable inputs.
 */
public final class Charts {
    /** A view without series (report tests, hand-built views): every figure is n/a. */
    public static final Charts NONE = new Charts(null, Instant.EPOCH, Interval.D1, 0);

    private final MarketSnapshot market;
    private final Instant now;
    private final Interval interval;
    private final int window;

    private Charts(MarketSnapshot market, Instant now, Interval interval, int window) {
        this.market = market;
        this.now = now;
        this.interval = interval;
        this.window = window;
    }

    public static Charts of(MarketSnapshot market, Instant now, Interval interval, int window) {
        return new Charts(market, now, interval, window);
    }

    /** Samples of a chart and the true low, high and last price of the window. */
    public record Chart(double[] values, double low, double high, double last) {
        public boolean empty() {
            return !Double.isFinite(low);
        }
    }

    /**
     * The closes of the {@code n} buckets that end with the one still open at the view's time, oldest first:
     * a closed bucket's close is its last observation ({@link Returns}: NaN for a bucket without one, as in
     * the statistics), the open bucket's is its latest observation so far.
     */
    public double[] sparkline(String token, int n) {
        double[] out = new double[Math.max(0, n)];
        PriceSeries s = spot(token);
        if (n > 0) {
            long open = interval.bucketStart(now.toEpochMilli());
            Returns.closesInto(s, interval, open, now.toEpochMilli(), out);
        }
        return out;
    }

    /** The token's spot over the statistics window, sampled into {@code n} points. */
    public Chart spotChart(String token, int n) {
        return chart(spot(token), n);
    }

    /** The instrument's mark over the statistics window, sampled into {@code n} points. */
    public Chart markChart(String instrument, int n) {
        return chart(mark(instrument), n);
    }

    public boolean spotHasVolume(String token) {
        return spot(token).hasVolume();
    }

    public boolean markHasVolume(String instrument) {
        return mark(instrument).hasVolume();
    }

    /** Volume by price of the token's spot over the window in {@link VolumeProfile#BINS} bins; empty without prices. */
    public Optional<VolumeProfile> spotProfile(String token) {
        return VolumeProfile.of(spot(token), from(), now.toEpochMilli(), VolumeProfile.BINS);
    }

    public Optional<VolumeProfile> markProfile(String instrument) {
        return VolumeProfile.of(mark(instrument), from(), now.toEpochMilli(), VolumeProfile.BINS);
    }

    /** The last update of {@code key} was refused (an absurd price): the value shown is the last good one. */
    public boolean refused(String key) {
        return market != null && market.statusOf(key).message().startsWith("last update refused");
    }

    private long from() {
        return now.toEpochMilli() - window * interval.millis();
    }

    private PriceSeries spot(String token) {
        return market == null ? PriceSeries.EMPTY : market.spotSeries(token);
    }

    private PriceSeries mark(String instrument) {
        return market == null ? PriceSeries.EMPTY : market.markSeries(instrument);
    }

    /**
     * The price at the end of each of {@code n} equal slices of the window (a chart has more cells than
     * buckets), and the true high and low of the window, not only of the sampled points.
     */
    private Chart chart(PriceSeries series, int n) {
        long from = from();
        long to = now.toEpochMilli();
        double[] v = new double[Math.max(1, n)];
        double step = (double) (to - from) / v.length;
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int k = 0; k < v.length; k++) {
            long end = k == v.length - 1 ? to : from + (long) Math.floor(step * (k + 1));
            int i = series.indexAtOrBefore(end);
            v[k] = i < 0 ? Double.NaN : series.price(i);
            if (Double.isFinite(v[k])) {
                lo = Double.isNaN(lo) ? v[k] : Math.min(lo, v[k]);
                hi = Double.isNaN(hi) ? v[k] : Math.max(hi, v[k]);
            }
        }
        int firstIn = series.indexAtOrBefore(from - 1) + 1;
        int lastIn = series.indexAtOrBefore(to);
        for (int i = Math.max(0, firstIn); i <= lastIn; i++) {
            lo = Double.isNaN(lo) ? series.price(i) : Math.min(lo, series.price(i));
            hi = Double.isNaN(hi) ? series.price(i) : Math.max(hi, series.price(i));
        }
        double last = series.isEmpty() ? Double.NaN : v[v.length - 1];
        return new Chart(v, lo, hi, last);
    }

    /** Equal when drawn from equal snapshots at the same time and window (views compare as values). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Charts c && java.util.Objects.equals(market, c.market) && now.equals(c.now)
                && interval == c.interval && window == c.window;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(now, interval, window);
    }
}
