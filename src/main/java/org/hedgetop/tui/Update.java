package org.hedgetop.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookError;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;
import org.hedgetop.text.Safe;

/**
 * The monitor's one pure function: {@code (state, event) -> (state', effects)}. No I/O, no clock, no
 * threads, so every key and every file or market event is a plain unit test. Keys are in {@link KeyUpdate}.
 */
public final class Update {
    private Update() {
    }

    /** The next state and what the monitor must do about it. {@code state} is the same object when nothing changed. */
    public record Result(MonitorState state, List<Effect> effects) {
        public Result {
            effects = List.copyOf(effects);
        }
    }

    public static Result apply(MonitorState state, Event event) {
        MonitorState.Draft d = state.draft();
        List<Effect> fx = new ArrayList<>();
        if (event instanceof Event.Key k) {
            KeyUpdate.key(d, k.stroke(), fx);
        } else if (event instanceof Event.Market m) {
            if (m.generation() != state.generation()) {
                return new Result(state, List.of()); // a source we already left
            }
            d.market = m.snapshot();
            d.marketReceived = true;
        } else if (event instanceof Event.MarketFailed f) {
            if (f.generation() != state.generation()) {
                return new Result(state, List.of());
            }
            d.market = withHealth(state.market(), "error: " + Safe.text(f.message(), 120));
        } else if (event instanceof Event.Progress p) {
            if (p.generation() != state.generation()) {
                return new Result(state, List.of());
            }
            d.market = withHealth(state.market(), Safe.text(p.message(), 120));
        } else if (event instanceof Event.BookChanged b) {
            bookChanged(d, b);
        } else if (event instanceof Event.WatchStopped w) {
            // no reload can clear this any more: it stays until the monitor is restarted
            d.bookError = Optional.of("watching stopped (" + Safe.text(w.why(), 60) + "): edits to "
                    + fileName(d.book) + " on disk are no longer picked up; restart hedgetop");
            d.ui = d.ui.with(UiState.Flag.WATCH_STOPPED, true);
        } else if (event instanceof Event.Tick t) {
            if (t.now().equals(state.now())) {
                return new Result(state, List.of());
            }
            d.now = t.now();
        } else if (event instanceof Event.Resize) {
            return new Result(state, List.of()); // the size lives in the screen; the monitor redraws
        } else if (event instanceof Event.Saved s) {
            saved(d, s.outcome(), fx);
        } else if (event instanceof Event.Synced s) {
            synced(d, s);
        } else if (event instanceof Event.Resumed) {
            return new Result(state, List.of(new Effect.Repaint()));
        } else if (event instanceof Event.InputClosed || event instanceof Event.Stop) {
            d.quit = true;
        }
        return new Result(finish(state, d, fx), fx);
    }

    /** Derived fields and the source switch, applied after every rule so no rule can forget them. */
    private static MonitorState finish(MonitorState before, MonitorState.Draft d, List<Effect> fx) {
        // comparing books is O(book): only when one of them changed (ticks and prices come every second)
        boolean unsaved = d.book == before.book() && d.saved == before.saved() ? before.ui().unsaved()
                : !d.book.sameContent(d.saved);
        if (d.diskChanged && d.onDisk.isPresent() && !unsaved) {
            // the edits were undone: nothing left to protect, so show what the file now says
            reload(d, d.onDisk.get());
            unsaved = false;
        }
        if (d.book != before.book() || !d.window.equals(before.window())) {
            Book was = before.effectiveBook();
            Book now = d.window.map(w -> d.book.withFeed(w.applyTo(d.book.feed()))).orElse(d.book);
            if (!MarketRequest.of(was).equals(MarketRequest.of(now)) || !was.feed().equals(now.feed())) {
                d.generation = before.generation() + 1;
                fx.add(new Effect.SwitchSource(now, d.generation));
            }
        }
        int hedges = d.book.hedges().size();
        int tokens = d.book.holdings().size();
        UiState ui = d.ui.withSelection(clamp(d.ui.selectedHedge(), hedges), clamp(d.ui.selectedToken(), tokens))
                .with(UiState.Flag.UNSAVED, unsaved)
                .withStatus(status(d));
        d.ui = ui;
        MonitorState next = d.build();
        return next.equals(before) ? before : next;
    }

    private static Optional<String> status(MonitorState.Draft d) {
        List<String> parts = new ArrayList<>();
        d.message.ifPresent(parts::add);
        if (d.diskChanged) {
            parts.add("file changed on disk: s writes your edits to " + fileName(d.book) + ".conflict");
        }
        d.bookError.ifPresent(e -> parts.add("not reloaded: " + e));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" | ", parts));
    }

    private static void bookChanged(MonitorState.Draft d, Event.BookChanged b) {
        if (b.book().isEmpty()) {
            d.bookError = Optional.of(describe(b.errors()));
            d.message = Optional.empty(); // the error is the news; an older "reloaded" would contradict it
            return;
        }
        Book fresh = b.book().get();
        boolean wasBroken = d.bookError.isPresent();
        d.bookError = Optional.empty();
        boolean unsaved = !d.book.sameContent(d.saved);
        if (fresh.sameContent(d.saved)) {
            // our own save coming back through the watcher, or a save without changes
            d.saved = fresh;
            d.diskChanged = false;
            d.onDisk = Optional.empty();
            if (!unsaved) {
                d.book = fresh;
            }
            if (wasBroken) {
                d.say("reloaded " + fileName(fresh));
            }
            return;
        }
        if (unsaved) {
            d.diskChanged = true;
            d.onDisk = Optional.of(fresh);
            d.say(fileName(fresh) + " changed on disk; your unsaved edits are kept");
            return;
        }
        reload(d, fresh);
        d.say("reloaded " + fileName(fresh));
    }

    /** Shows {@code fresh} as the book, keeping the selected rows where they still exist. */
    private static void reload(MonitorState.Draft d, Book fresh) {
        int hedge = d.ui.selectedHedge();
        int token = d.ui.selectedToken();
        if (hedge < d.book.hedges().size()) {
            String id = d.book.hedges().get(hedge).id();
            hedge = indexOrSame(fresh.hedges().stream().map(h -> h.id()).toList(), id, hedge);
        }
        if (token < d.book.holdings().size()) {
            String name = d.book.holdings().get(token).token();
            token = indexOrSame(fresh.holdings().stream().map(h -> h.token()).toList(), name, token);
        }
        if (d.window.isPresent() && !fresh.feed().equals(d.book.feed())) {
            d.window = Optional.empty(); // the file chose a new window: show it
        }
        d.book = fresh;
        d.saved = fresh;
        d.diskChanged = false;
        d.onDisk = Optional.empty();
        d.history = EditHistory.empty(); // undo must not resurrect values from before someone else's edit
        d.ui = d.ui.withSelection(hedge, token);
    }

    /**
     * A sync wrote the file. Edits made while it ran stay in memory as after any change on disk: the synced
     * book is what the file holds, and {@code s} writes the edits to FILE.conflict.
     */
    private static void synced(MonitorState.Draft d, Event.Synced s) {
        if (s.outcome() instanceof Event.SaveOutcome.Written w) {
            if (d.book.sameContent(d.saved)) {
                d.book = w.book();
                d.saved = w.book();
                d.say(s.summary());
            } else {
                d.diskChanged = true;
                d.onDisk = Optional.of(w.book());
                d.say(s.summary()); // finish() adds where s now writes the edits
            }
        } else if (s.outcome() instanceof Event.SaveOutcome.Failed f) {
            d.say("sync failed: " + Safe.text(f.reason(), 160));
        } else {
            d.say("sync: the file changed on disk meanwhile; nothing written");
        }
    }

    /**
     * A save came back from the save thread. Keys kept working while it ran: an edit, undo or redo made meanwhile
     * stays in memory (unsaved, with its undo history), and save-and-quit then saves it too before quitting.
     */
    private static void saved(MonitorState.Draft d, Event.SaveOutcome outcome, List<Effect> fx) {
        Optional<Book> requested = d.saving;
        d.saving = Optional.empty();
        boolean editedSince = requested.isPresent() && !d.book.sameContent(requested.get());
        if (outcome instanceof Event.SaveOutcome.Written w) {
            if (!editedSince) {
                d.book = w.book();
            }
            d.saved = w.book();
            d.diskChanged = false;
            d.onDisk = Optional.empty();
            d.say("saved " + Safe.text(w.file().getFileName().toString())
                    + (editedSince ? "; edits made since are not saved yet" : ""));
            if (d.quitAfterSave && editedSince) {
                EditKeys.save(d, fx); // the edits made while the save ran, then quit
            } else {
                d.quit = d.quitAfterSave;
            }
        } else if (outcome instanceof Event.SaveOutcome.Conflict c) {
            String name = Safe.text(c.conflictFile().getFileName().toString());
            if (editedSince) {
                // the conflict copy holds the book as it was when s was pressed; the later edits are only here
                d.say("the file changed on disk: your edits up to the save are in " + name
                        + "; later edits are kept unsaved");
                d.quitAfterSave = false;
                return;
            }
            if (d.onDisk.isPresent()) {
                reload(d, d.onDisk.get());
                d.say("the file changed on disk: your edits are in " + name + "; showing the file");
            } else if (c.gone()) {
                d.say(fileName(d.book) + " is gone from disk: your edits are in " + name + " (not recreated)");
            } else {
                d.say("the file changed on disk: your edits are in " + name);
            }
            d.quit = d.quitAfterSave;
        } else if (outcome instanceof Event.SaveOutcome.Failed f) {
            d.say("save failed: " + Safe.text(f.reason(), 120) + "; edits kept"
                    + (d.quitAfterSave ? "; not quitting" : ""));
            d.quitAfterSave = false;
        }
    }

    /**
     * The state after an evaluation: the view {@code x} reads contracts needed from. The bell is not rung here:
     * the monitor loop rings it from the alert lifecycle ({@code alert.Alerting}), which paces and acknowledges.
     */
    public static MonitorState evaluated(MonitorState s, RiskView view) {
        MonitorState.Draft d = s.draft();
        d.view = Optional.of(view);
        return d.build();
    }

    static String describe(List<BookError> errors) {
        if (errors.isEmpty()) {
            return "the file does not load";
        }
        BookError e = errors.get(0);
        // the file's name, not its whole path: the status line is short and the user knows which file
        String name = e.file().isEmpty() ? "book" : Path.of(e.file()).getFileName().toString();
        String first = Safe.text(name + ":" + e.line() + ":" + e.column() + ": " + e.message(), 160);
        return errors.size() == 1 ? first : first + " (+" + (errors.size() - 1) + " more)";
    }

    static String fileName(Book b) {
        return Safe.text(b.file().map(Path::getFileName).map(Path::toString).orElse("book"));
    }

    static MarketSnapshot withHealth(MarketSnapshot m, String health) {
        return new MarketSnapshot(m.time(), m.spot(), m.futures(), m.spotHistory(), m.markHistory(), m.funding(),
                m.status(), m.source(), health);
    }

    private static int indexOrSame(List<String> ids, String id, int fallback) {
        int i = ids.indexOf(id);
        return i >= 0 ? i : fallback;
    }

    static int clamp(int index, int count) {
        return count <= 0 ? 0 : Math.max(0, Math.min(index, count - 1));
    }
}
