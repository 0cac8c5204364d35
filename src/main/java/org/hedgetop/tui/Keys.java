package org.hedgetop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;

/**
 * The one table of keys: what each does and its help text. The help overlay and the footer are built
 * from it, and the monitor loop maps a key stroke to an {@link Action} through it.
 */
public final class Keys {
    private Keys() {
    }

    /** Everything a key can ask the monitor to do. */
    public enum Action {
        DOWN, UP, TARGET_UP, TARGET_DOWN, TARGET_ZERO, TARGET_FULL, SHOCK_DOWN, SHOCK_UP, CYCLE_WINDOW,
        CYCLE_RATIO, CORRELATION_MATRIX, SECTORS, NEXT_PANE, DETAIL_OPEN, CLOSE, PAUSE, SAVE, UNDO, REDO,
        MARK_EXECUTED, SYNC, ALERTS, ACKNOWLEDGE, SNOOZE, SEEK_BACK, SEEK_FORWARD, RESTART, HELP, QUIT
    }

    /**
     * One row of the table.
     *
     * @param label   how the key is written in the help ("j / Down")
     * @param action  what it does
     * @param help    one line for the help overlay
     * @param footer  short label for the footer line, or empty when it is not shown there
     */
    public record Binding(String label, Action action, String help, String footer) {
    }

    public static final List<Binding> ALL = List.of(
            new Binding("j / Down", Action.DOWN, "select the next row", ""),
            new Binding("k / Up", Action.UP, "select the previous row", ""),
            new Binding("+", Action.TARGET_UP, "raise the selected hedge's target by target_step_pct", "+/- target"),
            new Binding("-", Action.TARGET_DOWN, "lower the selected hedge's target by target_step_pct", ""),
            new Binding("0", Action.TARGET_ZERO, "set the selected hedge's target to 0 %", ""),
            new Binding("=", Action.TARGET_FULL, "set the selected hedge's target to 100 %", ""),
            new Binding("x", Action.MARK_EXECUTED, "mark the order executed (position = needed)", "x executed"),
            new Binding("e", Action.SYNC, "sync fills with the account (asks)", ""),
            new Binding("r", Action.CYCLE_RATIO, "cycle a proxy hedge's ratio", ""),
            new Binding("[", Action.SHOCK_DOWN, "shock scenario down by 5 %", "[] shock"),
            new Binding("]", Action.SHOCK_UP, "shock scenario up by 5 %", ""),
            new Binding("w", Action.CYCLE_WINDOW, "cycle statistics interval/window: 1d, 4h, 1h", "w window"),
            new Binding("c", Action.CORRELATION_MATRIX, "toggle the correlation heat-map", "c corr"),
            new Binding("g", Action.SECTORS, "toggle sector subtotals in the exposure pane", ""),
            new Binding("Tab", Action.NEXT_PANE, "focus the next pane", ""),
            new Binding("Enter", Action.DETAIL_OPEN, "open the detail view of the selected row", "Enter detail"),
            new Binding("Esc", Action.CLOSE, "close the detail view, heat-map or help", ""),
            new Binding("p", Action.PAUSE, "pause / resume polling", "p pause"),
            new Binding("a", Action.ALERTS, "list the active alerts", "a alerts"),
            // one row for two keys: the help overlay must still fit 80x24
            new Binding("A / z", Action.ACKNOWLEDGE, "in that list: acknowledge / snooze 1 h", ""),
            new Binding("s", Action.SAVE, "save changes to the portfolio file", "s save"),
            // one row for undo and redo, so the help overlay still fits 80x24 with e
            new Binding("u/Ctrl-R", Action.UNDO, "undo / redo the last change", "u undo"),
            new Binding("?", Action.HELP, "show / hide this help", "? help"),
            new Binding("q", Action.QUIT, "quit (asks when there are unsaved changes)", "q quit"));

    /**
     * The action of a key stroke, if it has one. The replay keys ({@code <}, {@code >}, Home) are not in
     * {@link #ALL} yet: the help overlay has no row left at 80x24 (docs/keys.md lists them; the help's
     * layout is issue 11's).
     */
    public static Optional<Action> of(KeyStroke key) {
        if (key == null) {
            return Optional.empty();
        }
        KeyType type = key.getKeyType();
        switch (type) {
            case ArrowDown: return Optional.of(Action.DOWN);
            case ArrowUp: return Optional.of(Action.UP);
            case Tab: return Optional.of(Action.NEXT_PANE);
            case Enter: return Optional.of(Action.DETAIL_OPEN);
            case Escape: return Optional.of(Action.CLOSE);
            case Home: return Optional.of(Action.RESTART);
            case Character: break;
            default: return Optional.empty();
        }
        char c = key.getCharacter();
        if (key.isCtrlDown()) {
            return c == 'r' || c == 'R' ? Optional.of(Action.REDO) : Optional.empty();
        }
        switch (c) {
            case 'j': return Optional.of(Action.DOWN);
            case 'k': return Optional.of(Action.UP);
            case '+': return Optional.of(Action.TARGET_UP);
            case '-': return Optional.of(Action.TARGET_DOWN);
            case '0': return Optional.of(Action.TARGET_ZERO);
            case '=': return Optional.of(Action.TARGET_FULL);
            case 'x': return Optional.of(Action.MARK_EXECUTED);
            case 'e': return Optional.of(Action.SYNC);
            case 'r': return Optional.of(Action.CYCLE_RATIO);
            case '[': return Optional.of(Action.SHOCK_DOWN);
            case ']': return Optional.of(Action.SHOCK_UP);
            case 'w': return Optional.of(Action.CYCLE_WINDOW);
            case 'c': return Optional.of(Action.CORRELATION_MATRIX);
            case 'g': return Optional.of(Action.SECTORS);
            case 'p': return Optional.of(Action.PAUSE);
            case 'a': return Optional.of(Action.ALERTS);
            case 'A': return Optional.of(Action.ACKNOWLEDGE);
            case 'z': return Optional.of(Action.SNOOZE);
            case 's': return Optional.of(Action.SAVE);
            case 'u': return Optional.of(Action.UNDO);
            case '<': return Optional.of(Action.SEEK_BACK);
            case '>': return Optional.of(Action.SEEK_FORWARD);
            case '?': return Optional.of(Action.HELP);
            case 'q': return Optional.of(Action.QUIT);
            case '\u0012': return Optional.of(Action.REDO); // Ctrl-R as a raw control character
            default: return Optional.empty();
        }
    }
}
