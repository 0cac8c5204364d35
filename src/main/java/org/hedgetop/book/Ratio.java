package org.hedgetop.book;

/** How a proxy hedge turns basket exposure into underlying exposure (ignored for direct hedges). */
public enum Ratio {
    BETA("beta"),
    CORRELATION("correlation"),
    ONE("one");

    private final String label;

    Ratio(String label) {
        this.label = label;
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
