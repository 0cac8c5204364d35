package org.hedgetop.risk;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Pairwise rho of the log returns of all held tokens plus BTC and ETH, over the statistics window.
 * Internally NaN marks "n/a"; callers only see {@link OptionalDouble}.
 *
 * <p>The engine's matrix is computed on demand: it keeps each return window centred and scaled to unit
 * length once, so a cell is one dot product over the window when it is read. A book of n tokens has n^2
 * cells (5,000 holdings: 25 million, 200 MB as doubles, hours of two-pass correlations per interval),
 * while the heat-map shows at most a screenful of them; computing them all at every closed interval made
 * a 200-token evaluation miss its 20 ms budget. A window with a gap is inner-joined pair by pair, exactly
 * as {@link Stats#rho}. Immutable and safe to read from any thread.
 */
public final class CorrelationMatrix {
    private final List<String> labels;
    private final double[][] rho; // dense (hand-built matrices), or null when computed on demand
    private final ReturnColumns columns;

    public CorrelationMatrix(List<String> labels, double[][] rho) {
        this.labels = List.copyOf(labels);
        this.rho = new double[rho.length][];
        for (int i = 0; i < rho.length; i++) {
            this.rho[i] = rho[i].clone();
        }
        this.columns = null;
    }

    private CorrelationMatrix(List<String> labels, ReturnColumns columns) {
        this.labels = List.copyOf(labels);
        this.rho = null;
        this.columns = columns;
    }

    /** The matrix of these return windows (one per label, NaN = no return), cells computed when read. */
    static CorrelationMatrix ofReturns(List<String> labels, List<double[]> returns) {
        if (labels.size() != returns.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + returns.size() + " return windows");
        }
        return new CorrelationMatrix(labels, new ReturnColumns(returns));
    }

    public static CorrelationMatrix empty() {
        return new CorrelationMatrix(List.of(), new double[0][0]);
    }

    public List<String> labels() {
        return labels;
    }

    public int size() {
        return labels.size();
    }

    public OptionalDouble rho(int i, int j) {
        double v = rho != null ? rho[i][j] : columns.rho(i, j);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
