package org.hedgetop.tui.draw;

/** A rectangle of cells: left column, top row, width and height. Empty when either side is zero. */
public record Rect(int x, int y, int width, int height) {
    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public Rect {
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    /** The same rectangle without its first {@code n} rows. */
    public Rect dropTop(int n) {
        int k = Math.min(n, height);
        return new Rect(x, y + k, width, height - k);
    }

    /** The first {@code n} rows. */
    public Rect top(int n) {
        return new Rect(x, y, width, Math.min(n, height));
    }

    /** The last {@code n} rows. */
    public Rect bottomRows(int n) {
        int k = Math.min(n, height);
        return new Rect(x, y + height - k, width, k);
    }

    /** Shrunk by {@code n} cells on every side. */
    public Rect inset(int n) {
        return new Rect(x + n, y + n, width - 2 * n, height - 2 * n);
    }
}
