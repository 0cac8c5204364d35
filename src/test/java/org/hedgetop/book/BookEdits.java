package org.hedgetop.book;

/**
 * The edits the monitor and {@code hedgetop set} make, as functions from book to book. Unknown hedge ids
 * are a programming error here (the caller picked the hedge from the book), hence unchecked.
 */
public final class BookEdits {
    /** The loader accepts target_pct from 0 to 300. */
    public static final double TARGET_MIN = 0;
    public static final double TARGET_MAX = 300;

    private BookEdits() {
    }

    public static Book targetPct(Book book, String hedgeId, double pct) {
        return book.withHedge(hedge(book, hedgeId).withTargetPct(pct));
    }

    /**
     * One {@code +}/{@code -} key press: the target moves by {@code deltaPct}, kept within 0..300, and rounded
     * to 6 decimals so repeated steps of 0.1 give 0.3, not 0.30000000000000004 (which the file could not hold).
     */
    public static Book stepTarget(Book book, String hedgeId, double deltaPct) {
        double now = hedge(book, hedgeId).targetPct();
        return targetPct(book, hedgeId, round(Math.max(TARGET_MIN, Math.min(TARGET_MAX, now + deltaPct))));
    }

    /** {@code pct} moved by {@code deltaPct} for the shock keys, rounded like {@link #stepTarget}. */
    public static Book stepShock(Book book, double deltaPct) {
        return shockPct(book, round(book.settings().shockPct() + deltaPct));
    }

    static double round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    public static Book position(Book book, String hedgeId, long contracts) {
        return book.withHedge(hedge(book, hedgeId).withPosition(contracts));
    }

    /**
     * "Order executed": the user placed the suggested order, so the position is now the contracts needed,
     * short ({@code -contractsNeeded}).
     */
    public static Book markExecuted(Book book, String hedgeId, long contractsNeeded) {
        return position(book, hedgeId, -contractsNeeded);
    }

    /** beta -> correlation -> one -> beta. */
    public static Book cycleRatio(Book book, String hedgeId) {
        Hedge h = hedge(book, hedgeId);
        return book.withHedge(h.withRatio(h.ratio().next()));
    }

    public static Book shockPct(Book book, double pct) {
        return book.withSettings(book.settings().withShockPct(pct));
    }

    private static Hedge hedge(Book book, String id) {
        return book.hedge(id).orElseThrow(() -> new IllegalArgumentException("no hedge " + id + " in the book"));
    }
}
