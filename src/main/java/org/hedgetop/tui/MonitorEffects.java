package org.hedgetop.tui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hedgetop.alert.Alerting;

/**
 * Carries out what an update asked for outside the state: saving (on the save thread, its outcome posted back
 * as an event), the poller, the account sync, the alert lifecycle. Owned by the monitor thread, like the state it returns.
 */
final class MonitorEffects {
    private static final Logger LOG = Logger.getLogger(MonitorEffects.class.getName());

    private final Monitor.BookStore store;
    private final Monitor.Feed feed;
    private final Consumer<Event> post;
    /**
     * Every file operation of the loop runs here, one at a time (DESIGN.md "The loop"): a hung file system (NFS,
     * a full disk, a slow fsync) stalls this thread, never the clock, the keys or Ctrl-C. Daemon: a save stuck
     * for good does not keep the process alive after quit.
     */
    private final ExecutorService saves = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hedgetop-save");
        t.setDaemon(true);
        return t;
    });
    private Alerting alerting;
    private Monitor.AccountSync accountSync;
    private boolean repaint;

    MonitorEffects(Monitor.BookStore store, Monitor.Feed feed, Alerting alerting, Consumer<Event> post) {
        this.store = store;
        this.post = post;
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

    /**
     * Does each effect in turn; returns the state after those answered at once (the alert list). A save goes to
     * the save thread and its outcome comes back later as an {@link Event.Saved} on the queue.
     */
    MonitorState carryOut(MonitorState state, List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Save s) {
                saves.execute(() -> post.accept(new Event.Saved(save(s))));
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

    /** On the save thread: the store's outcome, never an exception (the monitor must hear back). */
    private Event.SaveOutcome save(Effect.Save s) {
        Event.SaveOutcome outcome;
        try {
            outcome = store.save(s);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "save failed", e);
            outcome = new Event.SaveOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        LOG.info("save: " + describe(outcome));
        return outcome;
    }

    /**
     * On the way out, after the terminal is given back: lets a running save finish for at most {@code grace}.
     * True when no save is left running (the book file then holds the save, or is as it was: the writer renames
     * atomically, so a save cut short by the exit leaves the old file whole).
     */
    boolean finishSaves(Duration grace) throws InterruptedException {
        saves.shutdown();
        return saves.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
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
