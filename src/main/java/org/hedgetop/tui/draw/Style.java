package org.hedgetop.tui.draw;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import org.hedgetop.text.Safe;

/**
 * Colours and modifiers of a cell, with its {@link TextCharacter}s made once and reused: Lanterna interns a
 * string per character it builds, so building one per cell per frame would dominate the frame time.
 * Each style also carries its row-selection variants: {@link #selected()} (reverse video, the row the keys
 * act on) and {@link #marked()} (bold, the same row in a pane without focus).
 */
public final class Style {
    private static final int BLOCK_FIRST = 0x2500;
    private static final int BLOCK_LAST = 0x25ff;

    private final String name;
    private final TextColor fg;
    private final TextColor bg;
    private final SGR[] sgr;
    private final TextCharacter[] ascii = new TextCharacter[128];
    private final TextCharacter[] blocks = new TextCharacter[BLOCK_LAST - BLOCK_FIRST + 1];
    private final Style selected;
    private final Style marked;

    Style(String name, TextColor fg, TextColor bg, SGR... sgr) {
        this(name, fg, bg, sgr, true);
    }

    private Style(String name, TextColor fg, TextColor bg, SGR[] sgr, boolean withVariants) {
        this.name = name;
        this.fg = fg;
        this.bg = bg;
        this.sgr = sgr.clone();
        for (char c = 0x20; c < 0x7f; c++) {
            ascii[c] = TextCharacter.fromCharacter(c, fg, bg, this.sgr)[0];
        }
        if (withVariants) {
            selected = new Style(name + "+sel", fg, bg, plus(sgr, SGR.REVERSE), false);
            marked = new Style(name + "+mark", fg, bg, plus(sgr, SGR.BOLD), false);
        } else {
            selected = this;
            marked = this;
        }
    }

    private static SGR[] plus(SGR[] base, SGR extra) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR s : base) {
            set.add(s);
        }
        set.add(extra);
        return set.toArray(new SGR[0]);
    }

    public String name() {
        return name;
    }

    /** Reverse-video variant: the selected row of the focused pane. */
    public Style selected() {
        return selected;
    }

    /** Bold variant: the selected row of a pane that does not have the focus. */
    public Style marked() {
        return marked;
    }

    /**
     * The cell for {@code c} in this style. Characters that Lanterna refuses or that are not one column wide
     * (controls, surrogates, wide CJK and emoji) become '?': the grid must never shift.
     */
    public TextCharacter glyph(char c) {
        if (c < 0x7f) {
            return c < 0x20 ? ascii['?'] : ascii[c];
        }
        if (c >= BLOCK_FIRST && c <= BLOCK_LAST) {
            TextCharacter t = blocks[c - BLOCK_FIRST];
            if (t == null) {
                t = TextCharacter.fromCharacter(c, fg, bg, sgr)[0];
                blocks[c - BLOCK_FIRST] = t; // benign race: equal immutable values
            }
            return t;
        }
        if (Safe.isUnsafe(c) || Character.isSurrogate(c) || TerminalTextUtils.isCharDoubleWidth(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK) {
            return ascii['?'];
        }
        return TextCharacter.fromCharacter(c, fg, bg, sgr)[0]; // rare: accented letters in names
    }

    @Override
    public String toString() {
        return name;
    }
}
