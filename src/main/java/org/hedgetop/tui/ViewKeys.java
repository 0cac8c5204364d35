package org.hedgetop.tui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.Interval;
import org.hedgetop.text.Safe;

/** The handlers of the keys that change what is shown (selection, overlays, window, replay clock), not the book. */
final class ViewKeys {
    private ViewKeys() {
    }

    /** j / k: the next or previous row of the focused pane, or of the alert list while it is open. */
    static void move(MonitorState.Draft d, int delta) {
        UiState ui = d.ui;
        if (ui.overlay() == UiState.Overlay.ALERTS) {
            d.ui = ui.withAlerts(ui.selectedAlert() + delta, ui.alerts());
        } else if (ui.focus() == UiState.Pane.HEDGES || ui.focus() == UiState.Pane.FUNDING) {
            d.ui = ui.withSelection(Update.clamp(ui.selectedHedge() + delta, d.book.hedges().size()),
                    ui.selectedToken());
        } else {
            d.ui = ui.withSelection(ui.selectedHedge(),
                    Update.clamp(ui.selectedToken() + delta, d.book.holdings().size()));
        }
    }

    static void toggle(MonitorState.Draft d, UiState.Overlay overlay) {
        d.ui = d.ui.withOverlay(d.ui.overlay() == overlay ? UiState.Overlay.NONE : overlay);
    }

    static void nextPane(MonitorState.Draft d) {
        UiState.Pane[] panes = UiState.Pane.values();
        d.ui = d.ui.withFocus(panes[(d.ui.focus().ordinal() + 1) % panes.length]);
    }

    static void cycleWindow(MonitorState.Draft d) {
        StatsWindow next = StatsWindow.next(d.book.feed(), d.window.orElse(StatsWindow.of(d.book.feed())));
        d.window = next.equals(StatsWindow.of(d.book.feed())) ? Optional.empty() : Optional.of(next);
        d.say("statistics: " + next.returns() + " returns of " + next.interval().label() + " closes");
    }

    static void pause(MonitorState.Draft d, List<Effect> fx) {
        boolean paused = !d.ui.paused();
        d.ui = d.ui.with(UiState.Flag.PAUSED, paused);
        fx.add(new Effect.Pause(paused));
        d.say(paused ? "polling paused (p resumes)" : "polling resumed");
    }

    /** Acknowledge or snooze the alert selected in the alert list; the monitor loop tells the tracker. */
    static void alert(MonitorState.Draft d, boolean acknowledge, List<Effect> fx) {
        UiState ui = d.ui;
        if (ui.overlay() != UiState.Overlay.ALERTS || ui.alerts().active().isEmpty()) {
            d.say(ui.alerts().active().isEmpty() ? "no active alert" : "a opens the alert list: choose one there");
            return;
        }
        String subject = ui.alerts().active().get(ui.selectedAlert()).subject();
        if (acknowledge) {
            fx.add(new Effect.Acknowledge(subject));
            d.say("acknowledged " + Safe.text(subject, 40) + ": no bell for it until it clears");
        } else {
            fx.add(new Effect.Snooze(subject));
            d.say("snoozed " + Safe.text(subject, 40) + " for an hour");
        }
    }

    /** Replay keys: one statistics interval back ({@code -1}) or forward ({@code 1}), or the start ({@code 0}). */
    static void seek(MonitorState.Draft d, int direction, List<Effect> fx) {
        if (!"replay".equals(d.market.source())) {
            d.say("<, > and Home move a replay's clock; this source is live");
            return;
        }
        Interval interval = d.book.feed().interval();
        if (direction < 0) {
            fx.add(new Effect.Seek(interval.length().negated(), false));
            d.say("replay: back " + interval.label());
        } else if (direction > 0) {
            fx.add(new Effect.Seek(interval.length(), false));
            d.say("replay: forward " + interval.label());
        } else {
            fx.add(new Effect.Seek(Duration.ZERO, true));
            d.say("replay: back to the start");
        }
    }

    /** q / Ctrl-C: quits at once without unsaved changes, otherwise asks ({@link Prompt#QUIT}). */
    static void quit(MonitorState.Draft d, List<Effect> fx) {
        if (d.book.sameContent(d.saved)) {
            d.quit = true;
        } else {
            d.ui = d.ui.withPrompt(Optional.of(Prompt.QUIT));
        }
    }
}
