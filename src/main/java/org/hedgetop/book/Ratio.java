package org.hedgetop.book;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a proxy hedge turns basket exposure into underlying exposure (ignored for direct hedges). */
public enum Ratio {
    BETA("beta"),
    CORRELATION("correlation"),
    ONE("one");

    private final String label;

    Ratio(String label) {
        this.label = label;
    }

    /** Every ratio by its label, in the order the book documents them: what the loader and {@code set} accept. */
    public static Map<String, Ratio> byLabel() {
        Map<String, Ratio> map = new LinkedHashMap<>();
        for (Ratio r : values()) {
            map.put(r.label, r);
        }
        return map;
    }

    public String label() {
        return label;
    }

    /** The ratio after this one, for the monitor's cycle key: beta, correlation, one, beta... */
    public Ratio next() {
        return values()[(ordinal() + 1) % values().length];
    }

    @Override
    public String toString() {
        return label;
    }
}
