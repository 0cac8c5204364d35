package org.hedgetop.tui;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the user is looking at, separate from what the market is doing. Immutable; the monitor thread
 * replaces it on every event. The painter ({@code tui.pane.Frame}, handed in as the {@link Monitor.Painter})
 * reads it; only the monitor loop changes it. Build it from {@link #initial} with the withers: no caller
 * lists the components by position.
 *
 * @param focus           pane the keys act on
 * @param selectedHedge   row index in the hedges pane
 * @param selectedToken   row index in the exposure pane
 * @param overlay         what covers the panes, if anything
 * @param prompt          the question the footer asks instead of the status (quit with unsaved changes...)
 * @param flags           the on/off facts, by name ({@link Flag})
 * @param status          one-line message for the status bar (last action, reload, error), already safe
 * @param selectedAlert   row index in the alert list
 * @param alerts          the active alerts and the channels' health, as the monitor loop last saw them
 */
public record UiState(Pane focus, int selectedHedge, int selectedToken, Overlay overlay, Optional<Prompt> prompt,
                      Set<Flag> flags, Optional<String> status, int selectedAlert, AlertPanel alerts) {
    public enum Pane { HEDGES, EXPOSURE, CORRELATION, FUNDING }

    public enum Overlay { NONE, HELP, DETAIL, CORRELATION_MATRIX, ALERTS }

    /** The on/off facts of the screen. */
    public enum Flag {
        /** sector subtotals in the exposure pane */
        SECTORS,
        /** polling paused by the user */
        PAUSED,
        /** the book in memory differs from the file */
        UNSAVED,
        /** the file watcher stopped for good: edits on disk are no longer picked up (the title says so) */
        WATCH_STOPPED,
        /** colours allowed (off for --no-color / NO_COLOR: warnings are still marked in words) */
        COLOR,
        /** the charset is UTF-8 (off: box drawing and sparklines fall back to ASCII) */
        UNICODE
    }

    public UiState {
        flags = Set.copyOf(flags);
    }

    public static UiState initial(boolean color, boolean unicode) {
        return new UiState(Pane.HEDGES, 0, 0, Overlay.NONE, Optional.empty(), Set.of(), Optional.empty(), 0,
                AlertPanel.EMPTY).with(Flag.COLOR, color).with(Flag.UNICODE, unicode);
    }

    public boolean is(Flag flag) {
        return flags.contains(flag);
    }

    public boolean showSectors() {
        return is(Flag.SECTORS);
    }

    public boolean paused() {
        return is(Flag.PAUSED);
    }

    public boolean unsaved() {
        return is(Flag.UNSAVED);
    }

    public boolean watchStopped() {
        return is(Flag.WATCH_STOPPED);
    }

    public boolean color() {
        return is(Flag.COLOR);
    }

    public boolean unicode() {
        return is(Flag.UNICODE);
    }

    public UiState with(Flag flag, boolean on) {
        if (is(flag) == on) {
            return this;
        }
        EnumSet<Flag> next = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        if (on) {
            next.add(flag);
        } else {
            next.remove(flag);
        }
        return new UiState(focus, selectedHedge, selectedToken, overlay, prompt, next, status, selectedAlert, alerts);
    }

    public UiState withAlerts(int selected, AlertPanel value) {
        int clamped = value.active().isEmpty() ? 0 : Math.max(0, Math.min(selected, value.active().size() - 1));
        return new UiState(focus, selectedHedge, selectedToken, overlay, prompt, flags, status, clamped, value);
    }

    public UiState withFocus(Pane value) {
        return new UiState(value, selectedHedge, selectedToken, overlay, prompt, flags, status, selectedAlert, alerts);
    }

    public UiState withSelection(int hedge, int token) {
        return new UiState(focus, hedge, token, overlay, prompt, flags, status, selectedAlert, alerts);
    }

    public UiState withOverlay(Overlay value) {
        return new UiState(focus, selectedHedge, selectedToken, value, prompt, flags, status, selectedAlert, alerts);
    }

    public UiState withPrompt(Optional<Prompt> value) {
        return new UiState(focus, selectedHedge, selectedToken, overlay, value, flags, status, selectedAlert, alerts);
    }

    public UiState withStatus(Optional<String> value) {
        return new UiState(focus, selectedHedge, selectedToken, overlay, prompt, flags, value, selectedAlert, alerts);
    }

    /** Shorthand for the status of tests and the first frame. */
    public UiState withStatus(String value) {
        return withStatus(Optional.of(value));
    }
}
