package org.hedgetop.tui;

import java.util.Optional;

/**
 * What the user is looking at, separate from what the market is doing. Immutable; the monitor thread
 * replaces it on every event. The painter ({@code tui.pane.Frame}, handed in as the {@link Monitor.Painter})
 * reads it; only the monitor loop changes it.
 *
 * @param focus           pane the keys act on
 * @param selectedHedge   row index in the hedges pane
 * @param selectedToken   row index in the exposure pane
 * @param overlay         what covers the panes, if anything
 * @param showSectors     sector subtotals in the exposure pane
 * @param paused          polling paused by the user
 * @param unsaved         the book in memory differs from the file
 * @param status          one-line message for the status bar (last action, reload, error), already safe
 * @param color           false for --no-color / NO_COLOR: warnings are still marked in words
 * @param unicode         false where the charset is not UTF-8: box drawing and sparklines fall back to ASCII
 * @param confirmQuit     the "unsaved changes, quit anyway? y/n" question is showing
 * @param selectedAlert   row index in the alert list
 * @param alerts          the active alerts and the channels' health, as the monitor loop last saw them
 */
public record UiState(Pane focus, int selectedHedge, int selectedToken, Overlay overlay, boolean showSectors,
                      boolean paused, boolean unsaved, Optional<String> status, boolean color, boolean unicode,
                      boolean confirmQuit, int selectedAlert, AlertPanel alerts) {
    public enum Pane { HEDGES, EXPOSURE, CORRELATION, FUNDING }

    /** Begins the status when the file watcher has stopped for good; the title then says so too. */
    public static final String WATCH_STOPPED = "watching stopped";

    public enum Overlay { NONE, HELP, DETAIL, CORRELATION_MATRIX, ALERTS }

    /** A state without alert-list data (tests and the first frame). */
    public UiState(Pane focus, int selectedHedge, int selectedToken, Overlay overlay, boolean showSectors,
                   boolean paused, boolean unsaved, Optional<String> status, boolean color, boolean unicode,
                   boolean confirmQuit) {
        this(focus, selectedHedge, selectedToken, overlay, showSectors, paused, unsaved, status, color, unicode,
                confirmQuit, 0, AlertPanel.EMPTY);
    }

    public UiState withAlerts(int selected, AlertPanel value) {
        int clamped = value.active().isEmpty() ? 0 : Math.max(0, Math.min(selected, value.active().size() - 1));
        return new UiState(focus, selectedHedge, selectedToken, overlay, showSectors, paused, unsaved, status, color,
                unicode, confirmQuit, clamped, value);
    }

    public static UiState initial(boolean color, boolean unicode) {
        return new UiState(Pane.HEDGES, 0, 0, Overlay.NONE, false, false, false, Optional.empty(), color, unicode,
                false);
    }

    public UiState withFocus(Pane value) {
        return new UiState(value, selectedHedge, selectedToken, overlay, showSectors, paused, unsaved, status, color,
                unicode, confirmQuit, selectedAlert, alerts);
    }

    public UiState withSelection(int hedge, int token) {
        return new UiState(focus, hedge, token, overlay, showSectors, paused, unsaved, status, color, unicode,
                confirmQuit, selectedAlert, alerts);
    }

    public UiState withOverlay(Overlay value) {
        return new UiState(focus, selectedHedge, selectedToken, value, showSectors, paused, unsaved, status, color,
                unicode, confirmQuit, selectedAlert, alerts);
    }

    public UiState withShowSectors(boolean value) {
        return new UiState(focus, selectedHedge, selectedToken, overlay, value, paused, unsaved, status, color,
                unicode, confirmQuit, selectedAlert, alerts);
    }

    public UiState withPaused(boolean value) {
        return new UiState(focus, selectedHedge, selectedToken, overlay, showSectors, value, unsaved, status, color,
                unicode, confirmQuit, selectedAlert, alerts);
    }

    public UiState withUnsaved(boolean value) {
        return new UiState(focus, selectedHedge, selectedToken, overlay, showSectors, paused, value, status, color,
                unicode, confirmQuit, selectedAlert, alerts);
    }

    public UiState withStatus(Optional<String> value) {
        return new UiState(focus, selectedHedge, selectedToken, overlay, showSectors, paused, unsaved, value, color,
                unicode, confirmQuit, selectedAlert, alerts);
    }

    public UiState withConfirmQuit(boolean value) {
        return new UiState(focus, selectedHedge, selectedToken, overlay, showSectors, paused, unsaved, status, color,
                unicode, value, selectedAlert, alerts);
    }
}
