package org.hedgetop.risk;

import org.hedgetop.market.PriceSeries;

/**
 * Volume by price level over a time window: the window's price range is cut into equal bins and each
 * observation adds its volume to the bin of its price. The high-volume node (HVN) and low-volume node
 * (LVN) are searched only near the latest price - within a quarter of the bins, at least two, on either
 * side - because those are the levels a hedger watches for support and for fast moves. Ties go to the bin
 * nearest the price, then to the lower bin.
 *
 * @param lo        lowest price in the window (bottom of bin 0)
 * @param hi        highest price in the window (top of the last bin)
 * @param volume    volume per bin, bin 0 lowest
 * @param priceBin  bin of the latest price
 * @param hvn       bin of the high-volume node near the price
 * @param lvn       bin of the low-volume node near the price, another bin than the HVN when there are two
 */
public record VolumeProfile(double lo, double hi, double[] volume, int priceBin, int hvn, int lvn) {
    /**
     * Bins of the profile the view carries: fixed, so the levels (and the HVN and LVN) are the same on every
     * terminal; the painter only groups bins into the rows it has.
     */
    public static final int BINS = 24;

    /** Empty when the window holds no price. */
    public static java.util.Optional<VolumeProfile> of(PriceSeries s, long fromMillis, long toMillis, int bins) {
        if (bins < 1) {
            return java.util.Optional.empty();
        }
        int last = s.indexAtOrBefore(toMillis);
        int first = s.indexAtOrBefore(fromMillis - 1) + 1;
        if (last < first) {
            return java.util.Optional.empty();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = first; i <= last; i++) {
            lo = Math.min(lo, s.price(i));
            hi = Math.max(hi, s.price(i));
        }
        double[] volume = new double[bins];
        for (int i = first; i <= last; i++) {
            volume[bin(s.price(i), lo, hi, bins)] += s.volume(i);
        }
        int priceBin = bin(s.price(last), lo, hi, bins);
        int reach = Math.max(2, bins / 4);
        int from = Math.max(0, priceBin - reach);
        int to = Math.min(bins - 1, priceBin + reach);
        int hvn = -1;
        for (int b = from; b <= to; b++) {
            if (hvn < 0 || volume[b] > volume[hvn] || (volume[b] == volume[hvn] && nearer(b, hvn, priceBin))) {
                hvn = b;
            }
        }
        int lvn = -1;
        for (int b = from; b <= to; b++) {
            if (b == hvn && to > from) {
                continue;
            }
            if (lvn < 0 || volume[b] < volume[lvn] || (volume[b] == volume[lvn] && nearer(b, lvn, priceBin))) {
                lvn = b;
            }
        }
        return java.util.Optional.of(new VolumeProfile(lo, hi, volume, priceBin, hvn, lvn));
    }

    private static boolean nearer(int b, int other, int priceBin) {
        return Math.abs(b - priceBin) < Math.abs(other - priceBin);
    }

    /** Bin of a price; the window's high falls in the last bin, a flat window in the middle bin. */
    public static int bin(double price, double lo, double hi, int bins) {
        if (!(hi > lo)) {
            return bins / 2;
        }
        int b = (int) Math.floor((price - lo) / (hi - lo) * bins);
        return Math.max(0, Math.min(bins - 1, b));
    }

    /** Price at the middle of bin {@code b}. */
    public double binMid(int b) {
        return lo + (hi - lo) * (b + 0.5) / volume.length;
    }

    public double maxVolume() {
        double m = 0;
        for (double v : volume) {
            m = Math.max(m, v);
        }
        return m;
    }
}
