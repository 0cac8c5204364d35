package org.hedgetop.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The screen handed to the shell and taken back: on the way out, and around a suspend (Ctrl-Z, then
 * {@code fg}). Used by the monitor thread only, which owns the screen.
 */
final class Handover {
    private static final Logger LOG = Logger.getLogger(Handover.class.getName());

    private final TerminalScreen screen;
    private Optional<TtyModes> tty = Optional.empty();
    /** Between a suspend and the resume: the screen is the shell's, nothing is painted. */
    private boolean suspended;

    Handover(TerminalScreen screen) {
        this.screen = screen;
    }

    void suspendWith(TtyModes modes) {
        tty = Optional.of(modes);
    }

    boolean suspended() {
        return suspended;
    }

    /**
     * Leaves the screen as a well-behaved program does on its way out or into a suspend: blank, cursor
     * home, then the main screen back. Blank first: tmux, when the window grew meanwhile, otherwise keeps
     * lines of the last frame above the shell's prompt (measured: 18 lines after 80x24 to 200x60).
     */
    static void leave(TerminalScreen screen) throws IOException {
        Terminal terminal = screen.getTerminal();
        terminal.resetColorAndSGR();
        terminal.clearScreen();
        terminal.setCursorPosition(0, 0);
        terminal.flush();
        screen.stopScreen(false); // false: the key reader owns the input
    }

    /** Main screen, cursor and the shell's line mode back; then {@code left} counts down (the stop follows). */
    void suspend(CountDownLatch left) {
        try {
            if (!suspended) {
                leave(screen);
                suspended = true;
            }
            tty.ifPresent(TtyModes::restore);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "leaving the screen for a suspend", e);
        } finally {
            left.countDown();
        }
    }

    /** After SIGCONT: raw mode and the private screen again (the Resumed event then repaints it all). */
    void resume() {
        try {
            tty.ifPresent(TtyModes::raw); // also after a plain SIGSTOP: the shell may have reset the modes
            if (suspended) {
                screen.startScreen(); // private screen, cleared, cursor hidden
                suspended = false;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "taking the screen back after a suspend", e);
        }
    }
}
