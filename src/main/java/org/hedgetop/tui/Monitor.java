package org.hedgetop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.hedgetop.alert.Alerting;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;

/**
 * The loop (DESIGN.md "The loop"). One thread - the one that calls {@link #run()} - owns the state and
 * the screen. Keys come from a reader thread blocked on {@code readInput()}, snapshots from the poller,
 * file changes from the watcher, signals from the shutdown hook; all of them only {@link #post} events.
 *
 * <p>Each turn waits on the queue until the next whole second at the latest (that is the clock's tick:
 * no busy loop), applies every waiting event through {@link Update}, carries out the effects, re-evaluates
 * the risk view only when the book, the snapshot or the clock second changed, and repaints only when the
 * view, the UI state or the terminal size changed - with a delta refresh, so a price tick sends just the
 * changed cells.
 */
public final class Monitor {
    private static final Logger LOG = Logger.getLogger(Monitor.class.getName());

    /**
     * The risk engine's seam: {@code new RiskEngine()::evaluate}. {@code paused}: polling is paused by the user,
     * so prices are not called stale for their age.
     */
    @FunctionalInterface
    public interface Evaluator {
        RiskView evaluate(Book book, MarketSnapshot market, Instant now, boolean paused);
    }

    /**
     * Paints one frame (tui.pane's {@code Frame::draw}, handed in); writes every cell: the loop does not clear.
     * Returns the last page of the detail view's ledger list as drawn ({@link Integer#MAX_VALUE} when none is
     * shown): only the painter knows how many lines a page holds at this size.
     */
    @FunctionalInterface
    public interface Painter {
        int draw(TextGraphics g, TerminalSize size, RiskView view, UiState ui);
    }

    /**
     * Writes the book (the surgical writer); must not throw for a failed save: it says why instead. Called on
     * the monitor's save thread, one save at a time, never on the monitor thread: it may block on the disk.
     */
    @FunctionalInterface
    public interface BookStore {
        Event.SaveOutcome save(Effect.Save request);
    }

    /**
     * Syncs the book's fills with its exchange account (cli's, handed in): must return at once and post an
     * {@link Event.Synced} when done - the monitor thread never waits for a venue.
     */
    @FunctionalInterface
    public interface AccountSync {
        void start(Book base);
    }

    /** The market side: the poller and the source factory. */
    public interface Feed {
        /** Poll a source for {@code book}; its snapshots and failures carry {@code generation}. */
        void switchTo(Book book, long generation);

        void pause(boolean paused);

        /** Moves a replay's clock; nothing for other sources. */
        default void seek(Effect.Seek seek) {
        }
    }

    private final TerminalScreen screen;
    private final Clock clock;
    private final Evaluation evaluation;
    private final Painter painter;
    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private volatile MonitorState state;
    private volatile long frames;
    private volatile MonitorState drawn;
    private UiState drawnUi;
    private RiskView drawnView;
    private final Handover handover;
    private final MonitorEffects effects;

    public Monitor(TerminalScreen screen, MonitorState initial, Clock clock, Evaluator evaluator, Painter painter,
                   BookStore store, Feed feed) {
        this.screen = screen;
        this.state = initial;
        this.clock = clock;
        this.evaluation = new Evaluation(evaluator);
        this.painter = painter;
        this.handover = new Handover(screen);
        this.effects = new MonitorEffects(store, feed, Alerting.screenOnly(initial.book().notifications()), this::post);
        effects.accountSync(base -> post(new Event.Synced("", new Event.SaveOutcome.Failed(
                "no account is read in this monitor (a replay, or the account was not reachable at start)"))));
    }

    /** The line discipline to give back on a suspend and to take again on resume (none in tests). */
    void suspendWith(TtyModes modes) {
        handover.suspendWith(modes);
    }

    /**
     * The alert lifecycle and the notification channels (the default has no channel: bell and alert list only).
     * Call before {@link #run()}; the loop thread owns it from then on.
     */
    public void alerting(Alerting value) {
        effects.alerting(value);
    }

    /** How the sync key reaches the account; call before {@link #run()}. */
    public void accountSync(AccountSync value) {
        effects.accountSync(value);
    }

    /** Thread-safe: hands an event to the loop. */
    public void post(Event event) {
        queue.add(event);
    }

    /** Asks the loop to end (a signal); it restores the terminal on its way out. */
    public void stop(String reason) {
        post(new Event.Stop(reason));
    }

    /**
     * After the loop and the terminal are done: gives a save still running (a slow disk when the user quit)
     * at most {@code grace} to finish. False when it is still stuck: the file is then as it was before it.
     */
    public boolean finishSaves(java.time.Duration grace) throws InterruptedException {
        return effects.finishSaves(grace);
    }

    /** Waits until {@link #run()} has returned or thrown. */
    public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    /** The current state (for tests and the shutdown hook; the loop thread owns it). */
    public MonitorState state() {
        return state;
    }

    /** The state the last painted frame showed (tests wait for a given snapshot to be on screen). */
    public Optional<MonitorState> drawn() {
        return Optional.ofNullable(drawn);
    }

    /** Frames painted so far. */
    public long frames() {
        return frames;
    }

    /**
     * Runs the loop on the calling thread until quit, end of input or {@link #stop}. The caller owns the
     * screen's lifecycle (start before, stop in a finally after).
     */
    public void run() throws IOException, InterruptedException {
        try {
            Terminal terminal = screen.getTerminal();
            // added after the screen's own listener, so the screen knows the new size when this event arrives
            terminal.addResizeListener((t, size) -> post(new Event.Resize(size)));
            screen.setCursorPosition(null); // no blinking cursor over the numbers; it is shown again on exit
            KeyReader.start(screen, this::post);
            handle(new Event.Tick(second(clock.instant())));
            render(true);
            while (!state.quit()) {
                Event first = queue.poll(millisToNextSecond(), TimeUnit.MILLISECONDS);
                List<Event> batch = new ArrayList<>();
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch);
                }
                if (!turn(batch)) {
                    break;
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    /**
     * One turn of the loop without its wait, on the calling thread: every event posted so far, then the
     * clock's tick, then evaluate and paint if anything changed. For tests that drive the loop on a fake
     * clock (the soak test runs a simulated week of polls through it in seconds); {@link #run()} does the
     * same after each wait. Returns false once the monitor wants to quit.
     */
    public boolean step() throws IOException {
        List<Event> batch = new ArrayList<>();
        queue.drainTo(batch);
        return turn(batch);
    }

    private boolean turn(List<Event> batch) throws IOException {
        boolean resized = false;
        for (Event e : batch) {
            resized |= e instanceof Event.Resize;
            if (e instanceof Event.Suspend s) {
                handover.suspend(s.left());
                continue;
            }
            if (e instanceof Event.Resumed) {
                handover.resume();
            }
            if (e instanceof Event.Stop s) {
                LOG.info("stopping: " + s.reason() + unsavedNote());
            } else if (e instanceof Event.InputClosed) {
                LOG.info("standard input closed; leaving" + unsavedNote());
            }
            handle(e);
            if (state.quit()) {
                return false;
            }
        }
        handle(new Event.Tick(second(clock.instant())));
        render(resized);
        return !state.quit();
    }

    private void handle(Event event) {
        if (event instanceof Event.Market) {
            effects.alerting().polled(); // the heartbeat: this monitor is alive and its feed answers
        }
        Update.Result r = Update.apply(state, event);
        state = r.state();
        if (event instanceof Event.BookChanged b) {
            LOG.info(b.book().isPresent() ? "file changed on disk: " + state.ui().status().orElse("no change")
                    : "file changed on disk and does not load: " + Update.describe(b.errors()));
        }
        state = effects.carryOut(state, r.effects());
    }

    private String unsavedNote() {
        if (state.saving().isPresent()) {
            return " (a save is running: it gets a moment once the terminal is restored)";
        }
        return state.unsaved() ? " (unsaved changes are lost)" : "";
    }

    private void render(boolean resized) throws IOException {
        if (handover.suspended()) {
            return; // the shell's screen: a tick between the suspend and the stop must not paint on it
        }
        TerminalSize newSize = screen.doResizeIfNecessary();
        state = evaluation.refresh(state, effects, () -> screen.getTerminal().bell());
        MonitorState s = state;
        Optional<RiskView> view = evaluation.view();
        boolean sizeChanged = resized || newSize != null;
        boolean complete = effects.takeRepaint() | newSize != null;
        if (!sizeChanged && !complete && view.get() == drawnView && s.ui().equals(drawnUi) && frames > 0) {
            return; // nothing on screen would change
        }
        TerminalSize size = screen.getTerminalSize();
        // no clearing fill first: the painter writes every cell, and a fill would make every cell differ
        // from the last frame, so the painter could no longer skip the unchanged ones (3 ms -> 1 ms a frame
        // at 200x60, docs/performance.md)
        TextGraphics g = screen.newTextGraphics();
        int lastLedgerPage = painter.draw(g, size, view.get(), s.ui());
        // after a resize the terminal may have reflowed its cells, after Ctrl-L or a suspend it holds
        // something else: repaint them all once; otherwise only the cells that changed
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        drawnView = view.get();
        drawnUi = s.ui();
        drawn = s;
        frames++;
        if (s.ui().ledgerPage() > lastLedgerPage) {
            // PgDn past the last page showed the last page: keep the page there, so one PgUp turns back at once
            MonitorState.Draft d = new MonitorState.Draft(state);
            d.ui = d.ui.withLedgerPage(lastLedgerPage);
            state = d.build();
        }
    }

    private static Instant second(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Wall time to the next whole second: the clock line changes then (a replay clock runs faster). */
    private static long millisToNextSecond() {
        return 1000 - System.currentTimeMillis() % 1000 + 1;
    }

}
