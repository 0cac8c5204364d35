package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.tui.Fixtures.T0;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookError;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.book.Interval;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.MarketSnapshot;
import org.junit.jupiter.api.Test;

class UpdateEventsTest {
    private List<Effect> effects;

    private MonitorState on(MonitorState s, Event e) {
        Update.Result r = Update.apply(s, e);
        effects = r.effects();
        return r.state();
    }

    private static MonitorState press(MonitorState s, char c) {
        return Update.apply(s, new Event.Key(new KeyStroke(c, false, false))).state();
    }

    private static String status(MonitorState s) {
        return s.ui().status().orElse("");
    }

    /** The same book as the file after someone edited it in an editor: a new hedge first, the rest moved down. */
    private static Book externallyEdited() {
        Book b = Fixtures.book();
        Hedge added = Fixtures.hedge("btc-perp", List.of("SOL"), "BTC", 10, 0, 20);
        return new Book(b.file(), b.name(), b.quote(), b.feed(), b.holdings(),
                List.of(added, b.hedges().get(1).withTargetPct(50), b.hedges().get(0)), b.settings());
    }

    @Test
    void aValidExternalEditReloadsAndKeepsTheSelectedRow() {
        MonitorState s = press(Fixtures.state(), 'j'); // defi-eth selected
        MonitorState r = on(s, Event.BookChanged.valid(externallyEdited()));
        assertThat(r.book().hedges()).extracting(Hedge::id).containsExactly("btc-perp", "defi-eth", "sol-perp");
        assertThat(r.ui().selectedHedge()).isEqualTo(1); // still defi-eth
        assertThat(r.book().hedges().get(1).targetPct()).isEqualTo(50);
        assertThat(status(r)).isEqualTo("reloaded book.yaml");
        assertThat(r.ui().unsaved()).isFalse();
    }

    @Test
    void aReloadThatChangesWhatIsWatchedSwitchesTheSource() {
        MonitorState r = on(Fixtures.state(), Event.BookChanged.valid(externallyEdited()));
        assertThat(effects).singleElement().isInstanceOf(Effect.SwitchSource.class);
        assertThat(r.generation()).isEqualTo(1);
    }

    @Test
    void aReloadThatOnlyChangesTargetsKeepsTheSource() {
        Book b = Fixtures.book();
        on(Fixtures.state(), Event.BookChanged.valid(b.withHedge(b.hedges().get(0).withTargetPct(90))));
        assertThat(effects).isEmpty();
    }

    @Test
    void whenTheSelectedRowIsGoneTheSelectionStaysInRange() {
        MonitorState s = press(Fixtures.state(), 'j');
        Book b = Fixtures.book();
        Book one = new Book(b.file(), b.name(), b.quote(), b.feed(), b.holdings(), List.of(b.hedges().get(0)),
                b.settings());
        assertThat(on(s, Event.BookChanged.valid(one)).ui().selectedHedge()).isZero();
    }

    @Test
    void aBrokenExternalEditKeepsTheLastGoodBookAndShowsTheErrorUntilFixed() {
        MonitorState s = Fixtures.state();
        BookError err = new BookError("book.yaml", 14, 17, "target_pct must be a number from 0 to 300, got \"yes\"");
        MonitorState reloaded = on(s, Event.BookChanged.valid(
                s.book().withHedge(s.book().hedges().get(0).withTargetPct(90))));
        assertThat(status(reloaded)).isEqualTo("reloaded book.yaml");
        MonitorState broken = on(reloaded, Event.BookChanged.invalid(List.of(err)));
        assertThat(broken.book()).isSameAs(reloaded.book());
        assertThat(status(broken)).isEqualTo(
                "not reloaded: book.yaml:14:17: target_pct must be a number from 0 to 300, got \"yes\"");
        MonitorState afterKey = press(broken, 'g');
        assertThat(status(afterKey)).contains("book.yaml:14:17"); // stays while the file is broken
        MonitorState fixed = on(afterKey, Event.BookChanged.valid(Fixtures.book()));
        assertThat(status(fixed)).isEqualTo("reloaded book.yaml");
    }

    @Test
    void severalErrorsShowTheFirstAndACount() {
        MonitorState broken = on(Fixtures.state(), Event.BookChanged.invalid(List.of(
                new BookError("/home/me/books/b.yaml", 1, 1, "first"), new BookError("b.yaml", 2, 1, "second"))));
        assertThat(status(broken)).isEqualTo("not reloaded: b.yaml:1:1: first (+1 more)");
    }

    @Test
    void ourOwnSaveComingBackFromTheWatcherIsNotAnExternalEdit() {
        MonitorState edited = press(Fixtures.state(), '+');
        Book written = edited.book();
        MonitorState saved = on(edited, new Event.Saved(new Event.SaveOutcome.Written(Path.of("/tmp/book.yaml"),
                written)));
        assertThat(status(saved)).isEqualTo("saved book.yaml");
        MonitorState more = press(saved, '+'); // edits again before the watcher reports
        Book echo = moved(written); // the reloaded file: same content, other line numbers
        MonitorState after = on(more, Event.BookChanged.valid(echo));
        assertThat(after.diskChanged()).isFalse();
        assertThat(after.book().hedges().get(0).targetPct()).isEqualTo(110);
        assertThat(after.ui().unsaved()).isTrue();
    }

    private static Book moved(Book b) {
        return new Book(b.file(), b.name(), b.quote(), b.feed(),
                b.holdings().stream().map(h -> new Holding(h.token(), h.units(), h.sector(), h.stakingApyPct(),
                        h.symbol(), new SourcePos(h.location().line() + 1, 5))).toList(),
                b.hedges(), b.settings());
    }

    @Test
    void anExternalEditWhileThereAreUnsavedEditsMakesTheSaveWriteAConflictFile() {
        MonitorState edited = press(Fixtures.state(), '+');
        MonitorState changed = on(edited, Event.BookChanged.valid(externallyEdited()));
        assertThat(changed.book()).isSameAs(edited.book()); // the user's edits stay on screen
        assertThat(changed.diskChanged()).isTrue();
        assertThat(status(changed)).contains("book.yaml changed on disk; your unsaved edits are kept")
                .contains("s writes your edits to book.yaml.conflict");
        press(changed, 's');
        Update.Result r = Update.apply(changed, new Event.Key(new KeyStroke('s', false, false)));
        assertThat(r.effects()).containsExactly(new Effect.Save(changed.saved(), changed.book(), true));
        MonitorState after = on(changed, new Event.Saved(new Event.SaveOutcome.Conflict(
                Path.of("/tmp/book.yaml.conflict"))));
        assertThat(after.book().hedges()).extracting(Hedge::id).containsExactly("btc-perp", "defi-eth", "sol-perp");
        assertThat(after.diskChanged()).isFalse();
        assertThat(after.ui().unsaved()).isFalse();
        assertThat(status(after)).contains("your edits are in book.yaml.conflict");
    }

    @Test
    void undoingEveryEditAfterAnExternalChangeShowsTheFile() {
        MonitorState changed = on(press(Fixtures.state(), '+'), Event.BookChanged.valid(externallyEdited()));
        MonitorState undone = press(changed, 'u');
        assertThat(undone.book().hedges()).extracting(Hedge::id).containsExactly("btc-perp", "defi-eth", "sol-perp");
        assertThat(undone.diskChanged()).isFalse();
    }

    @Test
    void anExternalWindowChangeResetsTheWindowChoice() {
        MonitorState w = press(Fixtures.state(), 'w');
        Book b = Fixtures.book().withFeed(FeedSpec.DEFAULT.withInterval(Interval.H1, 60));
        MonitorState r = on(w, Event.BookChanged.valid(b));
        assertThat(r.window()).isEmpty();
        assertThat(r.statsWindow()).isEqualTo(new StatsWindow(Interval.H1, 60));
    }

    @Test
    void aFailedPollKeepsTheLastSnapshotAndShowsTheError() {
        MarketSnapshot snap = new MarketSnapshot(T0, java.util.Map.of("SOL", 150.0), java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), "fake", "live");
        MonitorState s = on(Fixtures.state(), new Event.Market(snap, 0));
        MonitorState failed = on(s, new Event.MarketFailed("HTTP 503 from api\u001b[31m", 0));
        assertThat(failed.market().spot()).containsEntry("SOL", 150.0);
        assertThat(failed.market().sourceHealth()).isEqualTo("error: HTTP 503 from api?[31m");
        assertThat(on(failed, new Event.MarketFailed("late", 7))).isSameAs(failed);
    }

    @Test
    void progressOfTheCurrentSourceShowsAsItsHealth() {
        MonitorState s = on(Fixtures.state(), new Event.Progress("binance: history 12/57", 0));
        assertThat(s.market().sourceHealth()).isEqualTo("binance: history 12/57");
        assertThat(on(s, new Event.Progress("old source", 5))).isSameAs(s);
    }

    @Test
    void ticksMoveTheClockAndASameSecondTickChangesNothing() {
        MonitorState s = Fixtures.state();
        assertThat(on(s, new Event.Tick(T0))).isSameAs(s);
        assertThat(on(s, new Event.Tick(T0.plusSeconds(1))).now()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void resumingFromASuspendRepaintsEverything() {
        MonitorState s = Fixtures.state();
        assertThat(on(s, new Event.Resumed())).isSameAs(s);
        assertThat(effects).containsExactly(new Effect.Repaint());
    }

    @Test
    void endOfInputAndSignalsQuitWithoutAsking() {
        MonitorState edited = press(Fixtures.state(), '+');
        assertThat(on(edited, new Event.InputClosed()).quit()).isTrue();
        assertThat(on(edited, new Event.Stop("SIGTERM")).quit()).isTrue();
    }

    @Test
    void theStoppedWatcherIsAFlagNotWordsInTheStatus() {
        MonitorState s = on(Fixtures.state(), new Event.WatchStopped("OutOfMemoryError"));
        assertThat(s.ui().watchStopped()).isTrue();
        // a later action replaces the message; the title keeps saying it (nothing can restart the watcher)
        assertThat(on(s, new Event.Key(new com.googlecode.lanterna.input.KeyStroke('j', false, false)))
                .ui().watchStopped()).isTrue();
        // and a status that merely contains the words is no stopped watcher
        assertThat(UiState.initial(true, true).withStatus("watching stopped (a message)").watchStopped()).isFalse();
        assertThat(Fixtures.state().ui().watchStopped()).isFalse();
    }
}
