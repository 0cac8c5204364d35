package org.hedgetop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.hedgetop.tui.pane.Frame;

/** Not a test: prints how long a 200x60 frame of the big book takes (java -cp ... FrameTiming). */
final class FrameTiming {
    private FrameTiming() {
    }

    public static void main(String[] args) throws Exception {
        BigBook.Book b = BigBook.of(1000, 200);
        TerminalSize size = new TerminalSize(200, 60);
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(size));
        screen.startScreen();
        TextGraphics g = screen.newTextGraphics();
        UiState ui = UiState.initial(true, true).withSelection(150, 700)
                .with(UiState.Flag.SECTORS, true);
        for (int round = 0; round < 5; round++) {
            int n = 2000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Frame.draw(g, size, Drawn.view(b.view(), b.market()), ui);
            }
            long t1 = System.nanoTime();
            org.hedgetop.tui.draw.Canvas c = null;
            for (int i = 0; i < n; i++) {
                c = Frame.render(size, Drawn.view(b.view(), b.market()), ui);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                c.flush(g);
            }
            long t3 = System.nanoTime();
            UiState other = UiState.initial(false, true).withFocus(UiState.Pane.EXPOSURE)
                    .withSelection(10, 20);
            for (int i = 0; i < n; i++) {
                Frame.draw(g, size, Drawn.view(b.view(), b.market()), i % 2 == 0 ? ui : other); // nearly every cell changes
            }
            long t4 = System.nanoTime();
            System.out.printf("frame %.3f ms, render %.3f ms, flush %.3f ms, alternating %.3f ms%n",
                    (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, (t3 - t2) / 1e6 / n, (t4 - t3) / 1e6 / n);
        }
    }
}
