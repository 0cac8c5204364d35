package org.hedgetop.book;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** History interval of the statistics: closes are taken per UTC-aligned bucket of this length. */
public enum Interval {
    D1("1d", Duration.ofDays(1)),
    H4("4h", Duration.ofHours(4)),
    H1("1h", Duration.ofHours(1));

    private final String label;
    private final Duration length;

    Interval(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    /** The spelling used in the portfolio file and on screen: {@code 1d}, {@code 4h}, {@code 1h}. */
    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    public long millis() {
        return length.toMillis();
    }

    /** A year is 365 days: crypto trades every day. */
    public int periodsPerYear() {
        return (int) (Duration.ofDays(365).toMillis() / length.toMillis());
    }

    /** Start (epoch millis) of the UTC-aligned bucket that holds {@code epochMillis}. */
    public long bucketStart(long epochMillis) {
        return Math.floorDiv(epochMillis, millis()) * millis();
    }

    public static Optional<Interval> parse(String text) {
        return Arrays.stream(values()).filter(i -> i.label.equals(text)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
