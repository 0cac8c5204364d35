package org.hedgetop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookChange;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.text.Safe;

/** What each key does to the state (the key table itself is {@link Keys}). Pure, like {@link Update}. */
final class KeyUpdate {
    static final double TARGET_MIN = 0;
    static final double TARGET_MAX = 300;
    static final double SHOCK_STEP = 5;
    static final double SHOCK_MIN = -100;
    static final double SHOCK_MAX = 100;
    static final String QUIT_QUESTION = "unsaved changes: quit anyway? y = quit, s = save and quit, other = stay";

    static final String SYNC_QUESTION = "sync the fills with the account's trades and write the file? y = sync, "
            + "other = no";

    private KeyUpdate() {
    }

    static void key(MonitorState.Draft d, KeyStroke k, List<Effect> fx) {
        d.message = Optional.empty();
        boolean ctrlC = k.getKeyType() == KeyType.Character && k.isCtrlDown()
                && Character.toLowerCase(k.getCharacter()) == 'c';
        if (d.ui.confirmQuit()) {
            answerQuit(d, k, ctrlC, fx);
            return;
        }
        if (d.confirmSync && !ctrlC) {
            d.confirmSync = false;
            boolean yes = k.getKeyType() == KeyType.Character && !k.isCtrlDown() && k.getCharacter() == 'y';
            if (yes) {
                fx.add(new Effect.Sync(d.saved));
                d.say("syncing with the " + Safe.text(d.book.account().map(a -> a.venue()).orElse("")) + " account...");
            } else {
                d.say("sync cancelled");
            }
            return;
        }
        d.confirmSync = false;
        if (k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'l') {
            fx.add(new Effect.Repaint()); // Ctrl-L, as in every terminal program: something scribbled on the screen
            return;
        }
        Optional<Keys.Action> action = ctrlC ? Optional.of(Keys.Action.QUIT) : Keys.of(k);
        if (d.ui.overlay() == UiState.Overlay.HELP && action.orElse(null) != Keys.Action.QUIT) {
            d.ui = d.ui.withOverlay(UiState.Overlay.NONE); // any key closes the help, and only that
            return;
        }
        if (action.isEmpty()) {
            if (k.getKeyType() == KeyType.Character) {
                d.say("no key " + Safe.text(String.valueOf(k.getCharacter())) + "; ? shows the keys");
            }
            return;
        }
        act(d, action.get(), fx);
    }

    /** Acknowledge or snooze the alert selected in the alert list; the monitor loop tells the tracker. */
    private static void alert(MonitorState.Draft d, Keys.Action action, List<Effect> fx) {
        UiState ui = d.ui;
        if (ui.overlay() != UiState.Overlay.ALERTS || ui.alerts().active().isEmpty()) {
            d.say(ui.alerts().active().isEmpty() ? "no active alert" : "a opens the alert list: choose one there");
            return;
        }
        String subject = ui.alerts().active().get(ui.selectedAlert()).subject();
        if (action == Keys.Action.ACKNOWLEDGE) {
            fx.add(new Effect.Acknowledge(subject));
            d.say("acknowledged " + Safe.text(subject, 40) + ": no bell for it until it clears");
        } else {
            fx.add(new Effect.Snooze(subject));
            d.say("snoozed " + Safe.text(subject, 40) + " for an hour");
        }
    }

    private static void act(MonitorState.Draft d, Keys.Action action, List<Effect> fx) {
        UiState ui = d.ui;
        if (ui.overlay() == UiState.Overlay.ALERTS && (action == Keys.Action.DOWN || action == Keys.Action.UP)) {
            d.ui = ui.withAlerts(ui.selectedAlert() + (action == Keys.Action.DOWN ? 1 : -1), ui.alerts());
            return;
        }
        switch (action) {
            case DOWN -> move(d, 1);
            case UP -> move(d, -1);
            case ALERTS -> d.ui = ui.withOverlay(ui.overlay() == UiState.Overlay.ALERTS
                    ? UiState.Overlay.NONE : UiState.Overlay.ALERTS);
            case ACKNOWLEDGE, SNOOZE -> alert(d, action, fx);
            case TARGET_UP -> target(d, t -> t + d.book.settings().targetStepPct());
            case TARGET_DOWN -> target(d, t -> t - d.book.settings().targetStepPct());
            case TARGET_ZERO -> target(d, t -> 0);
            case TARGET_FULL -> target(d, t -> 100);
            case SHOCK_DOWN -> shock(d, -SHOCK_STEP);
            case SHOCK_UP -> shock(d, SHOCK_STEP);
            case CYCLE_WINDOW -> {
                StatsWindow next = StatsWindow.next(d.book.feed(), d.window.orElse(StatsWindow.of(d.book.feed())));
                d.window = next.equals(StatsWindow.of(d.book.feed())) ? Optional.empty() : Optional.of(next);
                d.say("statistics: " + next.returns() + " returns of " + next.interval().label() + " closes");
            }
            case CYCLE_RATIO -> ratio(d);
            case CORRELATION_MATRIX -> d.ui = ui.withOverlay(ui.overlay() == UiState.Overlay.CORRELATION_MATRIX
                    ? UiState.Overlay.NONE : UiState.Overlay.CORRELATION_MATRIX);
            case SECTORS -> d.ui = ui.withShowSectors(!ui.showSectors());
            case NEXT_PANE -> {
                UiState.Pane[] panes = UiState.Pane.values();
                d.ui = ui.withFocus(panes[(ui.focus().ordinal() + 1) % panes.length]);
            }
            case DETAIL_OPEN -> d.ui = ui.withOverlay(UiState.Overlay.DETAIL);
            case CLOSE -> d.ui = ui.withOverlay(UiState.Overlay.NONE);
            case PAUSE -> {
                boolean paused = !ui.paused();
                d.ui = ui.withPaused(paused);
                fx.add(new Effect.Pause(paused));
                d.say(paused ? "polling paused (p resumes)" : "polling resumed");
            }
            case SAVE -> save(d, fx);
            case SEEK_BACK, SEEK_FORWARD, RESTART -> seek(d, action, fx);
            case UNDO -> d.history.undo(d.book).ifPresentOrElse(step -> {
                d.say("undone: " + Safe.text(BookChange.summary(d.book, step.book()), 160)
                        + left(step.history().undo().size(), "undo"));
                d.book = step.book();
                d.history = step.history();
            }, () -> d.say("nothing to undo"));
            case REDO -> d.history.redo(d.book).ifPresentOrElse(step -> {
                d.say("redone: " + Safe.text(BookChange.summary(d.book, step.book()), 160)
                        + left(step.history().redo().size(), "redo"));
                d.book = step.book();
                d.history = step.history();
            }, () -> d.say("nothing to redo"));
            case MARK_EXECUTED -> markExecuted(d);
            case SYNC -> askSync(d);
            case HELP -> d.ui = ui.withOverlay(ui.overlay() == UiState.Overlay.HELP
                    ? UiState.Overlay.NONE : UiState.Overlay.HELP);
            case QUIT -> {
                if (d.book.sameContent(d.saved)) {
                    d.quit = true;
                } else {
                    d.ui = ui.withConfirmQuit(true);
                    d.say(QUIT_QUESTION);
                }
            }
        }
    }

    private static void answerQuit(MonitorState.Draft d, KeyStroke k, boolean ctrlC, List<Effect> fx) {
        d.ui = d.ui.withConfirmQuit(false);
        char c = k.getKeyType() == KeyType.Character && !k.isCtrlDown() ? k.getCharacter() : 0;
        if (ctrlC || c == 'y' || c == 'Y') {
            d.quit = true;
        } else if (c == 's') {
            d.quitAfterSave = true;
            save(d, fx);
        } else {
            d.say("not quitting");
        }
    }

    private static void move(MonitorState.Draft d, int delta) {
        UiState ui = d.ui;
        if (ui.focus() == UiState.Pane.HEDGES || ui.focus() == UiState.Pane.FUNDING) {
            d.ui = ui.withSelection(Update.clamp(ui.selectedHedge() + delta, d.book.hedges().size()),
                    ui.selectedToken());
        } else {
            d.ui = ui.withSelection(ui.selectedHedge(),
                    Update.clamp(ui.selectedToken() + delta, d.book.holdings().size()));
        }
    }

    /**
     * The hedge a hedge key acts on: the one selected in the hedges (or funding) pane; with the exposure
     * pane focused, the hedge covering the selected token - the one the user can see - never the hedges
     * pane's hidden selection. Each key's message starts with the hedge's id, so the status names it.
     */
    private static Optional<Hedge> selectedHedge(MonitorState.Draft d) {
        if (d.ui.focus() == UiState.Pane.EXPOSURE || d.ui.focus() == UiState.Pane.CORRELATION) {
            int t = d.ui.selectedToken();
            if (t < 0 || t >= d.book.holdings().size()) {
                d.say("no token selected");
                return Optional.empty();
            }
            String token = d.book.holdings().get(t).token();
            Optional<Hedge> covering = d.book.hedges().stream().filter(h -> h.covers().contains(token)).findFirst();
            if (covering.isEmpty()) {
                d.say("no hedge covers " + Safe.text(token) + "; Tab to the hedges pane to choose one");
            }
            return covering;
        }
        int i = d.ui.selectedHedge();
        if (i < 0 || i >= d.book.hedges().size()) {
            d.say("no hedge to change: the book has none");
            return Optional.empty();
        }
        return Optional.of(d.book.hedges().get(i));
    }

    private static void target(MonitorState.Draft d, java.util.function.DoubleUnaryOperator change) {
        selectedHedge(d).ifPresent(h -> {
            double t = clampTarget(change.applyAsDouble(h.targetPct()));
            if (t == h.targetPct()) {
                d.say(Safe.text(h.id()) + " target stays " + Numbers.plain(t) + " % (0 to 300)");
                return;
            }
            edit(d, d.book.withHedge(h.withTargetPct(t)));
            d.say(Safe.text(h.id()) + " target " + Numbers.plain(h.targetPct()) + " -> " + Numbers.plain(t) + " %");
        });
    }

    static double clampTarget(double t) {
        return Math.max(TARGET_MIN, Math.min(TARGET_MAX, Numbers.tidy(t)));
    }

    private static void shock(MonitorState.Draft d, double delta) {
        double was = d.book.settings().shockPct();
        double s = Math.max(SHOCK_MIN, Math.min(SHOCK_MAX, Numbers.tidy(was + delta)));
        if (s == was) {
            d.say("shock stays " + Numbers.plain(s) + " % (-100 to 100)");
            return;
        }
        edit(d, d.book.withSettings(d.book.settings().withShockPct(s)));
        d.say("shock " + Numbers.plain(was) + " -> " + Numbers.plain(s) + " %");
    }

    private static void ratio(MonitorState.Draft d) {
        selectedHedge(d).ifPresent(h -> {
            if (h.isDirect()) {
                d.say(Safe.text(h.id()) + " is a direct hedge: its factor is always 1");
                return;
            }
            edit(d, d.book.withHedge(h.withRatio(h.ratio().next())));
            d.say(Safe.text(h.id()) + " ratio " + h.ratio().label() + " -> " + h.ratio().next().label());
        });
    }

    /**
     * {@code x}: the order was executed at the mark, now. It appends a fill {@code {contracts: -order, price: mark,
     * time: the monitor's clock}} and never rewrites what was held before (DOMAIN.md section 7); a hedge written
     * with {@code position} becomes a list of fills.
     */
    private static void markExecuted(MonitorState.Draft d) {
        selectedHedge(d).ifPresent(h -> {
            Optional<HedgeRow> row = d.view.flatMap(v -> v.hedges().stream()
                    .filter(r -> r.id().equals(h.id())).findFirst());
            OptionalLong needed = row.map(HedgeRow::contractsNeeded).orElse(OptionalLong.empty());
            if (needed.isEmpty() || row.get().mark().isEmpty()) {
                d.say(Safe.text(h.id()) + ": contracts needed unknown (no price yet)");
                return;
            }
            long held = row.get().pnl().position();
            long position = -needed.getAsLong();
            if (position == held) {
                d.say(Safe.text(h.id()) + ": no order to mark, position is already " + position);
                return;
            }
            double mark = row.get().mark().getAsDouble();
            Fill fill = Fill.of(d.now.truncatedTo(ChronoUnit.SECONDS), position - held, mark);
            try {
                edit(d, d.book.withHedge(h.withFill(fill)));
            } catch (BookEditException e) {
                d.say(Safe.text(e.getMessage(), 200));
                return;
            }
            d.say(Safe.text(h.id()) + " order marked executed: " + (fill.contracts() < 0 ? "sold " : "bought ")
                    + Math.abs(fill.contracts()) + " @ " + BookChange.format(Optional.of(mark)) + ", position "
                    + held + " -> " + position);
        });
    }

    /** The sync key: it writes the file, so it asks first, and only from a saved book. */
    private static void askSync(MonitorState.Draft d) {
        if (d.book.account().isEmpty()) {
            d.say("no account: in the book; sync reads the account's trades (docs/accounts.md)");
        } else if (!d.book.sameContent(d.saved) || d.diskChanged) {
            d.say("save (s) or undo (u) first: sync writes the file");
        } else {
            d.confirmSync = true;
            d.say(SYNC_QUESTION);
        }
    }

    /** Replay keys: one statistics interval back or forward, or the start; the clock moves at once. */
    private static void seek(MonitorState.Draft d, Keys.Action action, List<Effect> fx) {
        if (!"replay".equals(d.market.source())) {
            d.say("<, > and Home move a replay's clock; this source is live");
            return;
        }
        org.hedgetop.book.Interval interval = d.book.feed().interval();
        switch (action) {
            case SEEK_BACK -> {
                fx.add(new Effect.Seek(interval.length().negated(), false));
                d.say("replay: back " + interval.label());
            }
            case SEEK_FORWARD -> {
                fx.add(new Effect.Seek(interval.length(), false));
                d.say("replay: forward " + interval.label());
            }
            default -> {
                fx.add(new Effect.Seek(java.time.Duration.ZERO, true));
                d.say("replay: back to the start");
            }
        }
    }

    private static void save(MonitorState.Draft d, List<Effect> fx) {
        if (d.book.sameContent(d.saved)) {
            d.say("nothing to save");
            d.quit = d.quitAfterSave;
            return;
        }
        fx.add(new Effect.Save(d.saved, d.book, d.diskChanged));
    }

    private static void edit(MonitorState.Draft d, Book changed) {
        d.history = d.history.edited(d.book);
        d.book = changed;
    }

    private static String left(int n, String what) {
        return n == 0 ? "" : " (" + n + " more to " + what + ")";
    }
}
