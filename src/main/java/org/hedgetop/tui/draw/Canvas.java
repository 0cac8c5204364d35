package org.hedgetop.tui.draw;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.Arrays;
import org.hedgetop.text.Safe;

/**
 * The frame being painted: a grid of characters and styles in plain arrays, written to Lanterna once at
 * the end ({@link #flush}) so every cell costs one screen write whatever overdraws it. Every write is
 * clipped to the grid and to the width it is given: text never wraps and never runs into a neighbour;
 * text cut short ends in '~'.
 */
public final class Canvas {
    /** Marks text cut to fit. ASCII on purpose: an ellipsis is not in the agreed character set. */
    public static final char CLIPPED = '~';

    private final int width;
    private final int height;
    private final Theme theme;
    private final char[] chars;
    private final Style[] styles;
    private int ledgerLastPage = Integer.MAX_VALUE;

    public Canvas(int width, int height, Theme theme) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        this.theme = theme;
        this.chars = new char[this.width * this.height];
        this.styles = new Style[this.width * this.height];
        Arrays.fill(chars, ' ');
        Arrays.fill(styles, theme.normal);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Theme theme() {
        return theme;
    }

    public char charAt(int x, int y) {
        return chars[y * width + x];
    }

    public Style styleAt(int x, int y) {
        return styles[y * width + x];
    }

    /** One cell; outside the grid it is dropped. */
    public void put(int x, int y, char c, Style s) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int i = y * width + x;
        chars[i] = c;
        styles[i] = s;
    }

    public void fill(int x, int y, int w, int h, char c, Style s) {
        int x0 = Math.max(0, x);
        int x1 = Math.min(width, x + w);
        int y0 = Math.max(0, y);
        int y1 = Math.min(height, y + h);
        for (int row = y0; row < y1; row++) {
            int base = row * width;
            for (int col = x0; col < x1; col++) {
                chars[base + col] = c;
                styles[base + col] = s;
            }
        }
    }

    public void fill(Rect r, Style s) {
        fill(r.x(), r.y(), r.width(), r.height(), ' ', s);
    }

    /** Restyles cells without changing their characters (row highlight over drawn cells). */
    public void restyle(int x, int y, int w, java.util.function.UnaryOperator<Style> change) {
        if (y < 0 || y >= height) {
            return;
        }
        int x1 = Math.min(width, x + w);
        for (int col = Math.max(0, x); col < x1; col++) {
            int i = y * width + col;
            styles[i] = change.apply(styles[i]);
        }
    }

    /**
     * Left-aligned text in at most {@code w} cells; longer text is cut and ends in {@link #CLIPPED}.
     *
     * @return the number of cells written
     */
    public int text(int x, int y, int w, CharSequence s, Style st) {
        int n = s.length();
        int shown = Math.min(n, Math.max(0, w));
        for (int i = 0; i < shown; i++) {
            char c = (i == shown - 1 && n > shown) ? CLIPPED : s.charAt(i);
            put(x + i, y, c, st);
        }
        return shown;
    }

    /** Right-aligned text in {@code w} cells; too long text is cut on the right like {@link #text}. */
    public void right(int x, int y, int w, CharSequence s, Style st) {
        int n = s.length();
        if (n >= w) {
            text(x, y, w, s, st);
        } else {
            text(x + w - n, y, n, s, st);
        }
    }


    /** A horizontal rule of the theme's line character. */
    public void hline(int x, int y, int w, Style st) {
        fill(x, y, w, 1, theme.hline, st);
    }

    public void vline(int x, int y, int h, Style st) {
        fill(x, y, 1, h, theme.vline, st);
    }

    /**
     * Text from a file or the network, made safe to draw through {@link Safe}. Returns the string itself
     * when it is already safe, so the common case allocates nothing.
     */
    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        if (n > Safe.DEFAULT_MAX) {
            return Safe.text(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return Safe.text(s);
            }
        }
        return s;
    }

    /**
     * Writes the grid to the screen. Cells are shared per style and character, so a cell whose screen buffer
     * already holds the very same instance (unchanged since the last frame) is skipped: reading a cell is
     * much cheaper than Lanterna's write, which re-checks character widths.
     */
    /** Notes the last page of a scrollable list drawn on this canvas (the detail view's ledger). */
    public void noteLedgerLastPage(int page) {
        ledgerLastPage = page;
    }

    /** The last page of the scrollable ledger list drawn, or {@code Integer.MAX_VALUE} when none was. */
    public int ledgerLastPage() {
        return ledgerLastPage;
    }

    public void flush(TextGraphics g) {
        int w = Math.min(width, g.getSize().getColumns());
        int h = Math.min(height, g.getSize().getRows());
        for (int row = 0; row < h; row++) {
            int base = row * width;
            for (int col = 0; col < w; col++) {
                TextCharacter cell = styles[base + col].glyph(chars[base + col]);
                if (g.getCharacter(col, row) != cell) {
                    g.setCharacter(col, row, cell);
                }
            }
        }
    }

    /** The characters of one row, for tests and text captures. */
    public String row(int y) {
        return new String(chars, y * width, width);
    }
}
