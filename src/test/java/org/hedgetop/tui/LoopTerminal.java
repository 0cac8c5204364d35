package org.hedgetop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Lanterna's virtual terminal, with one change: its {@code readInput()} is {@code synchronized} and blocks,
 * so a key reader thread waiting in it would hold the lock that every paint needs. Here keys wait in a
 * queue of their own, outside the lock - as they do on a real terminal, where reading holds only a read lock.
 */
final class LoopTerminal extends DefaultVirtualTerminal {
    private final BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();

    LoopTerminal(int columns, int rows) {
        super(new TerminalSize(columns, rows));
    }

    @Override
    public void addInput(KeyStroke key) {
        keys.add(key);
    }

    void type(String text) {
        for (char c : text.toCharArray()) {
            addInput(new KeyStroke(c, false, false));
        }
    }

    void press(KeyType type) {
        addInput(new KeyStroke(type));
    }

    @Override
    public KeyStroke pollInput() {
        return keys.poll();
    }

    @Override
    public KeyStroke readInput() {
        try {
            return keys.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new KeyStroke(KeyType.EOF);
        }
    }

    /** The visible screen as lines of text, trailing blanks kept (one line per row). */
    synchronized String text() {
        TerminalSize size = getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                line.append(getCharacter(col, row).getCharacterString());
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** Waits (with a deadline) until the screen shows {@code expected}; fails with the screen otherwise. */
    void awaitText(String expected) {
        await(() -> text().contains(expected), "screen to show \"" + expected + "\"");
    }

    void await(BooleanSupplier condition, String what) {
        try {
            // polled on the test thread, as the assertions after it read the same state
            Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(2)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; screen:\n" + text(), e);
        }
    }
}
