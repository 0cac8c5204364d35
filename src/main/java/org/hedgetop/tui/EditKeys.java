package org.hedgetop.tui;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.DoubleUnaryOperator;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookChange;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.text.Safe;

/** The handlers of the keys that change the book in memory (each an undoable edit), and of saving it. */
final class EditKeys {
    static final double TARGET_MIN = 0;
    static final double TARGET_MAX = 300;
    static final double SHOCK_STEP = 5;
    static final double SHOCK_MIN = -100;
    static final double SHOCK_MAX = 100;

    private EditKeys() {
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

    static void target(MonitorState.Draft d, DoubleUnaryOperator change) {
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

    static void shock(MonitorState.Draft d, double delta) {
        double was = d.book.settings().shockPct();
        double s = Math.max(SHOCK_MIN, Math.min(SHOCK_MAX, Numbers.tidy(was + delta)));
        if (s == was) {
            d.say("shock stays " + Numbers.plain(s) + " % (-100 to 100)");
            return;
        }
        edit(d, d.book.withSettings(d.book.settings().withShockPct(s)));
        d.say("shock " + Numbers.plain(was) + " -> " + Numbers.plain(s) + " %");
    }

    static void ratio(MonitorState.Draft d) {
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
    static void markExecuted(MonitorState.Draft d) {
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

    static void undo(MonitorState.Draft d) {
        d.history.undo(d.book).ifPresentOrElse(step -> {
            d.say("undone: " + Safe.text(BookChange.summary(d.book, step.book()), 160)
                    + left(step.history().undo().size(), "undo"));
            d.book = step.book();
            d.history = step.history();
        }, () -> d.say("nothing to undo"));
    }

    static void redo(MonitorState.Draft d) {
        d.history.redo(d.book).ifPresentOrElse(step -> {
            d.say("redone: " + Safe.text(BookChange.summary(d.book, step.book()), 160)
                    + left(step.history().redo().size(), "redo"));
            d.book = step.book();
            d.history = step.history();
        }, () -> d.say("nothing to redo"));
    }

    /** {@code e}: it writes the file, so it asks first ({@link Prompt#SYNC}), and only from a saved book. */
    static void askSync(MonitorState.Draft d) {
        if (d.book.account().isEmpty()) {
            d.say("no account: in the book; sync reads the account's trades (docs/accounts.md)");
        } else if (!d.book.sameContent(d.saved) || d.diskChanged || d.saving.isPresent()) {
            d.say("save (s) or undo (u) first: sync writes the file");
        } else {
            d.ui = d.ui.withPrompt(Optional.of(Prompt.SYNC));
        }
    }

    /** The sync question's {@code y}: the fills as the file holds them go to the account's trades. */
    static void sync(MonitorState.Draft d, List<Effect> fx) {
        fx.add(new Effect.Sync(d.saved));
        d.say("syncing with the " + Safe.text(d.book.account().map(a -> a.venue()).orElse("")) + " account...");
    }

    /**
     * {@code s}: the write runs on the save thread ({@link MonitorEffects}) and comes back as {@link Event.Saved}.
     * One save at a time: a second one would edit from the file as it was before the first landed, so while one
     * runs {@code s} only says so (the user presses it again once the first is done).
     */
    static void save(MonitorState.Draft d, List<Effect> fx) {
        if (d.saving.isPresent()) {
            d.say(d.quitAfterSave ? "saving... (quits once it is saved)" : "saving... (press s again once it is done)");
            return;
        }
        if (d.book.sameContent(d.saved)) {
            d.say("nothing to save");
            d.quit = d.quitAfterSave;
            return;
        }
        fx.add(new Effect.Save(d.saved, d.book, d.diskChanged));
        d.saving = Optional.of(d.book);
        d.say("saving " + Update.fileName(d.book) + "...");
    }

    /**
     * The quit question's {@code s}: the loop quits once the save has worked ({@link Update}'s saved); while an
     * earlier save runs, it quits after that one and a save of any edit made since.
     */
    static void saveAndQuit(MonitorState.Draft d, List<Effect> fx) {
        d.quitAfterSave = true;
        save(d, fx);
    }

    private static void edit(MonitorState.Draft d, Book changed) {
        d.history = d.history.edited(d.book);
        d.book = changed;
    }

    private static String left(int n, String what) {
        return n == 0 ? "" : " (" + n + " more to " + what + ")";
    }
}
