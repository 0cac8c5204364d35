package org.hedgetop.book;

/** Kind of futures contract a hedge uses. */
public enum HedgeType {
    PERPETUAL("perpetual"),
    EXPIRY("expiry");

    private final String label;

    HedgeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
