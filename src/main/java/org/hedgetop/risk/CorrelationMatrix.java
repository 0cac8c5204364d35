package org.hedgetop.risk;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Pairwise rho of the log returns of all held tokens plus BTC and ETH, over the statistics window.
 * Internally NaN marks "n/a"; callers only see {@link OptionalDouble}.
 */
public final class CorrelationMatrix {
    private final List<String> labels;
    private final double[][] rho;

    public CorrelationMatrix(List<String> labels, double[][] rho) {
        this.labels = List.copyOf(labels);
        this.rho = new double[rho.length][];
        for (int i = 0; i < rho.length; i++) {
            this.rho[i] = rho[i].clone();
        }
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
        double v = rho[i][j];
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
