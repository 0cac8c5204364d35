package org.hedgetop.reliability;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.pane.Frame;

/**
 * One long-lived Lanterna screen over a virtual terminal that also counts (and, when asked, keeps)
 * every character written to it: frames are painted the way the monitor paints them (fill, draw, delta
 * refresh; complete after a resize).
 */
final class ScreenRecorder implements AutoCloseable {
    /** The virtual terminal, recording what reaches it. */
    static final class RecordingTerminal extends DefaultVirtualTerminal {
        final boolean keep;
        final StringBuilder sent = new StringBuilder();
        long count;
        int unsafe;

        RecordingTerminal(TerminalSize size, boolean keep) {
            super(size);
            this.keep = keep;
        }

        @Override
        public synchronized void putCharacter(char c) {
            note(c);
            super.putCharacter(c);
        }

        @Override
        public synchronized void putString(String s) {
            for (int i = 0; i < s.length(); i++) {
                note(s.charAt(i));
            }
            super.putString(s);
        }

        private void note(char c) {
            count++;
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || org.hedgetop.text.Safe.isUnsafe(c)) {
                unsafe++;
            }
            if (keep) {
                sent.append(c);
            }
        }
    }

    final RecordingTerminal terminal;
    final TerminalScreen screen;

    ScreenRecorder(TerminalSize size, boolean keep) {
        terminal = new RecordingTerminal(size, keep);
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void resize(TerminalSize size) {
        terminal.setTerminalSize(size);
    }

    /** Paints one frame as the monitor does. */
    void paint(RiskView view, MarketSnapshot market, UiState ui) {
        try {
            TerminalSize changed = screen.doResizeIfNecessary();
            var g = screen.newTextGraphics();
            g.fill(' ');
            Frame.draw(g, screen.getTerminalSize(), org.hedgetop.tui.Drawn.view(view, market), ui);
            screen.refresh(changed != null ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the screen shows now, row by row. */
    String text() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                out.append(terminal.getCharacter(x, y).getCharacterString());
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() {
        try {
            screen.stopScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
