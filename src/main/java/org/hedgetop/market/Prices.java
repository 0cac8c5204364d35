package org.hedgetop.market;

/**
 * What counts as a price (DOMAIN.md section 5): finite and at least {@link #MIN}. Zero, negatives,
 * NaN, infinities and absurdly small values ({@code 1e-320} is "positive" but turns every exposure
 * into 0 and every change into -100 %) are refused wherever a price enters hedgetop.
 */
public final class Prices {
    /** The smallest price: below it no traded asset has ever been quoted. */
    public static final double MIN = 1e-12;

    private Prices() {
    }

    public static boolean isPrice(double v) {
        return v >= MIN && Double.isFinite(v);
    }
}
