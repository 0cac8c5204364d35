package org.hedgetop.tui.draw;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor.ANSI;

/**
 * Colours and glyphs of the screen. Only the 16 ANSI colours: they look the same under xterm, tmux and
 * screen. Without colour (--no-color, NO_COLOR) every style is the terminal default except for bold and
 * reverse video, and every warning is also written in words by the panes, so nothing depends on colour.
 * Without unicode the box lines, bars and sparklines use ASCII.
 */
public final class Theme {
    private static final Theme[] CACHE = new Theme[4];

    public final boolean color;
    public final boolean unicode;

    public final Style normal;
    public final Style dim;
    public final Style header;
    public final Style titleBar;
    /** Flags in the title bar: paused, unsaved, a stale feed (warn) and a failing feed (bad). */
    public final Style titleWarn;
    public final Style titleBad;
    public final Style paneTitle;
    public final Style paneTitleFocus;
    public final Style key;
    public final Style good;
    public final Style warn;
    public final Style bad;
    public final Style alertBar;
    /** Signed money and rates: gains and losses, never bold (warnings are bold). */
    public final Style gain;
    public final Style loss;
    /** Sparklines and charts. */
    public final Style chart;
    /** Heat-map cells from strongly negative to strongly positive correlation, and n/a. */
    public final Style[] heat;
    public final Style heatNa;

    /** Horizontal and vertical rule. */
    public final char hline;
    public final char vline;
    /** Sparkline levels, lowest first. */
    public final char[] spark;
    /** Horizontal bar: partial cells in eighths (index 1..7), index 8 is a full cell. */
    public final char[] eighths;
    /** Vertical chart cells in eighths, index 8 is a full cell. */
    public final char[] vEighths;
    /** Target marker on a coverage bar. */
    public final char marker;

    private Theme(boolean color, boolean unicode) {
        this.color = color;
        this.unicode = unicode;
        ANSI d = ANSI.DEFAULT;
        normal = new Style("normal", d, d);
        if (color) {
            dim = new Style("dim", ANSI.BLACK_BRIGHT, d);
            header = new Style("header", ANSI.CYAN, d, SGR.BOLD);
            titleBar = new Style("title", ANSI.WHITE_BRIGHT, ANSI.BLUE, SGR.BOLD);
            titleWarn = new Style("title-warn", ANSI.BLACK, ANSI.YELLOW, SGR.BOLD);
            titleBad = new Style("title-bad", ANSI.WHITE_BRIGHT, ANSI.RED, SGR.BOLD);
            paneTitle = new Style("pane", ANSI.CYAN, d);
            paneTitleFocus = new Style("pane-focus", ANSI.BLACK, ANSI.CYAN, SGR.BOLD);
            key = new Style("key", ANSI.YELLOW, d, SGR.BOLD);
            good = new Style("good", ANSI.GREEN, d);
            warn = new Style("warn", ANSI.YELLOW, d, SGR.BOLD);
            bad = new Style("bad", ANSI.RED_BRIGHT, d, SGR.BOLD);
            alertBar = new Style("alert", ANSI.WHITE_BRIGHT, ANSI.RED, SGR.BOLD);
            gain = new Style("gain", ANSI.GREEN, d);
            loss = new Style("loss", ANSI.RED, d);
            chart = new Style("chart", ANSI.CYAN, d);
            heat = new Style[] {
                new Style("heat-2", ANSI.BLACK, ANSI.RED), new Style("heat-1", ANSI.BLACK, ANSI.YELLOW),
                new Style("heat0", d, d), new Style("heat+1", ANSI.BLACK, ANSI.CYAN),
                new Style("heat+2", ANSI.BLACK, ANSI.GREEN)};
            heatNa = dim;
        } else {
            dim = normal;
            header = new Style("header", d, d, SGR.BOLD);
            titleBar = new Style("title", d, d, SGR.REVERSE);
            titleWarn = new Style("title-warn", d, d, SGR.REVERSE, SGR.BOLD);
            titleBad = titleWarn;
            paneTitle = new Style("pane", d, d, SGR.BOLD);
            paneTitleFocus = new Style("pane-focus", d, d, SGR.REVERSE, SGR.BOLD);
            key = header;
            good = normal;
            warn = new Style("warn", d, d, SGR.BOLD);
            bad = warn;
            alertBar = new Style("alert", d, d, SGR.REVERSE);
            gain = normal;
            loss = normal;
            chart = normal;
            heat = new Style[] {normal, normal, normal, normal, normal};
            heatNa = normal;
        }
        if (unicode) {
            hline = '\u2500';
            vline = '\u2502';
            spark = new char[] {'\u2581', '\u2582', '\u2583', '\u2584', '\u2585', '\u2586', '\u2587', '\u2588'};
            eighths = new char[] {' ', '\u258f', '\u258e', '\u258d', '\u258c', '\u258b', '\u258a', '\u2589', '\u2588'};
            vEighths = new char[] {' ', '\u2581', '\u2582', '\u2583', '\u2584', '\u2585', '\u2586', '\u2587', '\u2588'};
            marker = '\u2503';
        } else {
            hline = '-';
            vline = '|';
            spark = new char[] {'_', '.', ',', '-', '~', '=', '*', '#'};
            // ASCII has no partial cells: a cell is full from half of it on
            eighths = new char[] {' ', ' ', ' ', ' ', '#', '#', '#', '#', '#'};
            vEighths = new char[] {' ', ' ', ' ', ' ', '#', '#', '#', '#', '#'};
            marker = '|';
        }
    }

    /** One shared theme per combination; themes are immutable. */
    public static Theme of(boolean color, boolean unicode) {
        int i = (color ? 2 : 0) + (unicode ? 1 : 0);
        synchronized (CACHE) {
            if (CACHE[i] == null) {
                CACHE[i] = new Theme(color, unicode);
            }
            return CACHE[i];
        }
    }

    /** Style of a number by its sign: losses in the bad colour, gains in the good one. */
    public Style bySign(double v) {
        return v < 0 ? loss : v > 0 ? gain : normal;
    }
}
