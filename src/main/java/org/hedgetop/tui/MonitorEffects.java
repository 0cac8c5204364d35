package org.hedgetop.tui;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hedgetop.alert.Alerting;

/**
 * Carries out what an update asked for outside the state: saving (and feeding the outcome back through
 * {@link Update}), the poller, the account sync, the alert lifecycle. Owned by the monitor thread, like the state it returns.
 */
final class MonitorEffects {
    private static final Logger LOG = Logger.getLogger(MonitorEffects.class.getName());

    private final Monitor.BookStore store;
    private final Monitor.Feed feed;
    private Alerting alerting;
    private Monitor.AccountSync accountSync;
    private boolean repaint;

    MonitorEffects(Monitor.BookStore store, Monitor.Feed feed, Alerting alerting) {
        this.store = store;
        this.feed = feed;
        this.alerting = alerting;
    }

    Alerting alerting() {
        return alerting;
    }

    void alerting(Alerting value) {
        this.alerting = value;
    }

    void accountSync(Monitor.AccountSync value) {
        this.accountSync = value;
    }

    /** A Ctrl-L or a resume asked for every cell to be sent again; reading it clears it. */
    boolean takeRepaint() {
        boolean r = repaint;
        repaint = false;
        return r;
    }

    /** Does each effect in turn; returns the state after those that answer with an event (a save). */
    MonitorState carryOut(MonitorState state, List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Save s) {
                Event.SaveOutcome outcome;
                try {
                    outcome = store.save(s);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "save failed", e);
                    outcome = new Event.SaveOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                LOG.info("save: " + describe(outcome));
                state = Update.apply(state, new Event.Saved(outcome)).state();
            } else if (effect instanceof Effect.SwitchSource sw) {
                feed.switchTo(sw.book(), sw.generation());
            } else if (effect instanceof Effect.Pause p) {
                feed.pause(p.paused());
            } else if (effect instanceof Effect.Seek s) {
                feed.seek(s);
            } else if (effect instanceof Effect.Repaint) {
                repaint = true;
            } else if (effect instanceof Effect.Sync sync) {
                accountSync.start(sync.base());
            } else if (effect instanceof Effect.Acknowledge a) {
                alerting.acknowledge(a.subject());
                state = withAlertPanel(state);
            } else if (effect instanceof Effect.Snooze z) {
                alerting.snooze(z.subject(), state.now());
                state = withAlertPanel(state);
            }
        }
        return state;
    }

    /** The state with the alert list as the lifecycle now holds it. */
    MonitorState withAlertPanel(MonitorState s) {
        MonitorState.Draft d = s.draft();
        d.ui = s.ui().withAlerts(s.ui().selectedAlert(), AlertPanel.of(alerting, s.now()));
        return d.build();
    }

    private static String describe(Event.SaveOutcome outcome) {
        if (outcome instanceof Event.SaveOutcome.Written w) {
            return "written " + w.file();
        } else if (outcome instanceof Event.SaveOutcome.Conflict c) {
            return "file changed on disk, edits written to " + c.conflictFile();
        }
        return "failed: " + ((Event.SaveOutcome.Failed) outcome).reason();
    }
}
