package org.hedgetop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.pane.Frame;

/**
 * Draws a frame through a real Lanterna {@link TerminalScreen} into a {@link DefaultVirtualTerminal} and
 * reads back what the terminal holds: its characters, and per cell its colours and modifiers. Every
 * character the screen sends to the terminal is recorded, so a test can prove that no control character
 * ever reached it.
 */
public final class VirtualScreen {
    public final int cols;
    public final int rows;
    public final String[] text;
    public final String[] styles;
    public final List<String> legend;
    public final StringBuilder sent;

    private VirtualScreen(int cols, int rows, String[] text, String[] styles, List<String> legend,
                          StringBuilder sent) {
        this.cols = cols;
        this.rows = rows;
        this.text = text;
        this.styles = styles;
        this.legend = legend;
        this.sent = sent;
    }

    /** A terminal that also keeps everything written to it. */
    public static final class RecordingTerminal extends DefaultVirtualTerminal {
        final StringBuilder sent = new StringBuilder();

        RecordingTerminal(TerminalSize size) {
            super(size);
        }

        @Override
        public synchronized void putCharacter(char c) {
            sent.append(c);
            super.putCharacter(c);
        }

        @Override
        public synchronized void putString(String s) {
            sent.append(s);
            super.putString(s);
        }
    }

    public static VirtualScreen render(int cols, int rows, RiskView view, MarketSnapshot market, UiState ui) {
        RecordingTerminal vt = new RecordingTerminal(new TerminalSize(cols, rows));
        try {
            TerminalScreen screen = new TerminalScreen(vt);
            screen.startScreen();
            Frame.draw(screen.newTextGraphics(), screen.getTerminalSize(), Drawn.view(view, market), ui);
            screen.refresh(Screen.RefreshType.COMPLETE);
            VirtualScreen s = read(vt, cols, rows);
            screen.stopScreen();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VirtualScreen read(RecordingTerminal vt, int cols, int rows) {
        String[] text = new String[rows];
        String[] styles = new String[rows];
        Map<String, Character> codes = new LinkedHashMap<>();
        for (int y = 0; y < rows; y++) {
            StringBuilder t = new StringBuilder(cols);
            StringBuilder s = new StringBuilder(cols);
            for (int x = 0; x < cols; x++) {
                TextCharacter c = vt.getCharacter(x, y);
                t.append(c.getCharacterString());
                String key = describe(c);
                Character code = codes.get(key);
                if (code == null) {
                    code = (char) ('a' + codes.size());
                    codes.put(key, code);
                }
                s.append(code);
            }
            text[y] = t.toString();
            styles[y] = s.toString();
        }
        List<String> legend = new ArrayList<>();
        codes.forEach((k, v) -> legend.add(v + " = " + k));
        return new VirtualScreen(cols, rows, text, styles, legend, new StringBuilder(vt.sent));
    }

    private static String describe(TextCharacter c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.getForegroundColor()).append(" on ").append(c.getBackgroundColor());
        for (SGR m : c.getModifiers()) {
            sb.append(' ').append(m);
        }
        return sb.toString();
    }

    /** The golden file form: the characters, then per cell a style letter, then what the letters mean. */
    public String golden() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(cols).append('x').append(rows).append(" screen text\n");
        for (String line : text) {
            sb.append(line).append('\n');
        }
        sb.append("# styles per cell\n");
        for (String line : styles) {
            sb.append(line).append('\n');
        }
        sb.append("# legend\n");
        for (String line : legend) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    public String screenText() {
        return String.join("\n", text);
    }

    public String row(int y) {
        return text[y];
    }

    /** The first row that starts with {@code prefix}, or -1. */
    public int rowStarting(String prefix) {
        for (int y = 0; y < rows; y++) {
            if (row(y).startsWith(prefix)) {
                return y;
            }
        }
        return -1;
    }
}
