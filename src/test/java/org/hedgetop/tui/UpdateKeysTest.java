package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.tui.Fixtures.T0;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.OptionalLong;
import org.hedgetop.book.Book;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.market.MarketSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateKeysTest {
    private List<Effect> effects;

    private MonitorState press(MonitorState s, char c) {
        return apply(s, new KeyStroke(c, false, false));
    }

    private MonitorState press(MonitorState s, KeyType type) {
        return apply(s, new KeyStroke(type));
    }

    private MonitorState ctrl(MonitorState s, char c) {
        return apply(s, new KeyStroke(c, true, false));
    }

    private MonitorState apply(MonitorState s, KeyStroke k) {
        Update.Result r = Update.apply(s, new Event.Key(k));
        effects = r.effects();
        return r.state();
    }

    private static double target(MonitorState s, int hedge) {
        return s.book().hedges().get(hedge).targetPct();
    }

    private static String status(MonitorState s) {
        return s.ui().status().orElse("");
    }

    @Test
    void plusAndMinusMoveTheSelectedTargetByTheStep() {
        MonitorState s = press(Fixtures.state(), '+');
        assertThat(target(s, 0)).isEqualTo(105);
        assertThat(target(s, 1)).isEqualTo(75); // only the selected hedge
        assertThat(s.ui().unsaved()).isTrue();
        assertThat(status(s)).contains("sol-perp target 100 -> 105 %");
        s = press(press(s, '-'), '-');
        assertThat(target(s, 0)).isEqualTo(95);
    }

    @Test
    void theStepComesFromTheSettings() {
        MonitorState s = Fixtures.state();
        Book b = s.book().withSettings(new org.hedgetop.book.Settings(5, -20, 2.5, 0.5, 10, true));
        s = MonitorState.initial(b, T0, "fake", s.ui());
        assertThat(target(press(s, '+'), 0)).isEqualTo(102.5);
    }

    @ParameterizedTest(name = "target {0} then {1} -> {2}")
    @CsvSource({"300, +, 300", "298, +, 300", "0, -, 0", "3, -, 0", "250, 0, 0", "250, =, 100", "0, =, 100"})
    void targetsAreClampedToZeroToThreeHundred(double start, char key, double expected) {
        MonitorState s = Fixtures.state();
        Book b = s.book().withHedge(s.book().hedges().get(0).withTargetPct(start));
        s = MonitorState.initial(b, T0, "fake", s.ui());
        assertThat(target(press(s, key), 0)).isEqualTo(expected);
    }

    @Test
    void aKeyThatChangesNothingIsNotAnEdit() {
        MonitorState s = press(Fixtures.state(), '='); // already 100
        assertThat(s.ui().unsaved()).isFalse();
        assertThat(s.history().undo()).isEmpty();
        assertThat(status(s)).contains("stays 100");
    }

    @Test
    void selectionMovesWithJkAndArrowsAndStopsAtTheEnds() {
        MonitorState s = press(Fixtures.state(), 'j');
        assertThat(s.ui().selectedHedge()).isEqualTo(1);
        s = press(s, KeyType.ArrowDown);
        assertThat(s.ui().selectedHedge()).isEqualTo(1); // two hedges
        s = press(s, '+');
        assertThat(target(s, 1)).isEqualTo(80);
        s = press(press(s, KeyType.ArrowUp), 'k');
        assertThat(s.ui().selectedHedge()).isZero();
    }

    @Test
    void inTheExposurePaneJkMoveTheTokenSelection() {
        MonitorState s = press(Fixtures.state(), KeyType.Tab);
        assertThat(s.ui().focus()).isEqualTo(UiState.Pane.EXPOSURE);
        s = press(press(press(s, 'j'), 'j'), 'j');
        assertThat(s.ui().selectedToken()).isEqualTo(2);
        assertThat(s.ui().selectedHedge()).isZero();
    }

    @Test
    void inTheExposurePaneHedgeKeysActOnTheHedgeCoveringTheSelectedToken() {
        // issue 12 item 14: with the exposure pane focused, + changed the hedges pane's hidden selection
        MonitorState s = press(Fixtures.state(), KeyType.Tab);
        int uni = s.book().holdings().stream().map(h -> h.token()).toList().indexOf("UNI");
        for (int k = 0; k < uni; k++) {
            s = press(s, 'j');
        }
        s = press(s, '+');
        assertThat(target(s, 0)).as("sol-perp, selected in the hidden pane, untouched").isEqualTo(100);
        assertThat(target(s, 1)).isEqualTo(80); // defi-eth covers UNI: 75 -> 80
        assertThat(status(s)).contains("defi-eth target 75 -> 80 %");
    }

    @Test
    void aTokenNoHedgeCoversSaysSo() {
        org.hedgetop.book.Book b = Fixtures.book();
        List<org.hedgetop.book.Holding> holdings = new java.util.ArrayList<>(b.holdings());
        holdings.add(Fixtures.holding("DOGE", 5000, 20));
        org.hedgetop.book.Book withDoge = new org.hedgetop.book.Book(b.file(), b.name(), b.quote(), b.feed(), holdings,
                b.hedges(), b.settings());
        MonitorState s = press(MonitorState.initial(withDoge, Fixtures.T0, "fake", UiState.initial(true, true)),
                KeyType.Tab);
        s = press(press(press(s, 'j'), 'j'), 'j');
        MonitorState after = press(s, '+');
        assertThat(after.book().hedges()).isEqualTo(s.book().hedges());
        assertThat(status(after)).isEqualTo("no hedge covers DOGE; Tab to the hedges pane to choose one");
    }

    @Test
    void seekKeysMoveAReplayAndOnlyAReplay() {
        MonitorState live = Fixtures.state(); // source "fake"
        MonitorState after = press(live, '<');
        assertThat(effects).isEmpty();
        assertThat(status(after)).isEqualTo("<, > and Home move a replay's clock; this source is live");

        MonitorState replay = MonitorState.initial(Fixtures.book(), Fixtures.T0, "replay", UiState.initial(true, true));
        press(replay, '<');
        assertThat(effects).containsExactly(new Effect.Seek(java.time.Duration.ofDays(-1), false));
        press(replay, '>');
        assertThat(effects).containsExactly(new Effect.Seek(java.time.Duration.ofDays(1), false));
        MonitorState home = press(replay, KeyType.Home);
        assertThat(effects).containsExactly(new Effect.Seek(java.time.Duration.ZERO, true));
        assertThat(status(home)).isEqualTo("replay: back to the start");
    }

    @Test
    void tabCyclesEveryPane() {
        MonitorState s = Fixtures.state();
        for (UiState.Pane expected : List.of(UiState.Pane.EXPOSURE, UiState.Pane.CORRELATION, UiState.Pane.FUNDING,
                UiState.Pane.HEDGES)) {
            s = press(s, KeyType.Tab);
            assertThat(s.ui().focus()).isEqualTo(expected);
        }
    }

    @Test
    void shockMovesByFiveAndIsClamped() {
        MonitorState s = press(Fixtures.state(), ']');
        assertThat(s.book().settings().shockPct()).isEqualTo(-15);
        s = press(press(s, '['), '[');
        assertThat(s.book().settings().shockPct()).isEqualTo(-25);
        assertThat(status(s)).contains("shock -20 -> -25 %");
        for (int i = 0; i < 30; i++) {
            s = press(s, '[');
        }
        assertThat(s.book().settings().shockPct()).isEqualTo(-100);
        assertThat(s.ui().unsaved()).isTrue();
    }

    @Test
    void ratioCyclesOnlyOnAProxyHedge() {
        MonitorState s = press(Fixtures.state(), 'r');
        assertThat(s.book().hedges().get(0).ratio()).isEqualTo(Ratio.BETA);
        assertThat(status(s)).contains("direct hedge");
        assertThat(s.ui().unsaved()).isFalse();
        s = press(press(s, 'j'), 'r');
        assertThat(s.book().hedges().get(1).ratio()).isEqualTo(Ratio.CORRELATION);
        s = press(s, 'r');
        assertThat(s.book().hedges().get(1).ratio()).isEqualTo(Ratio.ONE);
        s = press(s, 'r');
        assertThat(s.book().hedges().get(1).ratio()).isEqualTo(Ratio.BETA);
        assertThat(s.ui().unsaved()).isFalse(); // back where the file is
    }

    @Test
    void undoAndRedoWalkTheEdits() {
        MonitorState s = press(press(press(Fixtures.state(), '+'), '+'), ']');
        s = press(s, 'u');
        assertThat(status(s)).isEqualTo("undone: settings.shock_pct -15 -> -20 (2 more to undo)");
        assertThat(s.book().settings().shockPct()).isEqualTo(-20);
        assertThat(target(s, 0)).isEqualTo(110);
        s = press(press(s, 'u'), 'u');
        assertThat(target(s, 0)).isEqualTo(100);
        assertThat(s.ui().unsaved()).isFalse();
        assertThat(status(press(s, 'u'))).isEqualTo("nothing to undo");
        s = ctrl(s, 'r');
        assertThat(target(s, 0)).isEqualTo(105);
        assertThat(status(s)).isEqualTo("redone: sol-perp target_pct 100 -> 105 (2 more to redo)");
        s = press(s, '-'); // a new edit forgets the redo
        assertThat(status(ctrl(s, 'r'))).isEqualTo("nothing to redo");
    }

    @Test
    void markExecutedWithoutAPriceSaysSo() {
        MonitorState s = Fixtures.state();
        MonitorState noPrice = Update.evaluated(s,
                Fixtures.view(s.book(), s.market(), T0, OptionalLong.empty(), List.of()));
        MonitorState x = press(noPrice, 'x');
        assertThat(x.book()).isSameAs(s.book());
        assertThat(status(x)).contains("unknown");
    }

    @Test
    void overlaysOpenAndClose() {
        MonitorState s = press(Fixtures.state(), '?');
        assertThat(s.ui().overlay()).isEqualTo(UiState.Overlay.HELP);
        MonitorState ignored = press(s, '+'); // other keys neither act nor close the help
        assertThat(ignored.ui().overlay()).isEqualTo(UiState.Overlay.HELP);
        assertThat(target(ignored, 0)).isEqualTo(100);
        assertThat(status(ignored)).isEqualTo("the help is open: ? or Esc closes it");
        assertThat(press(s, '?').ui().overlay()).isEqualTo(UiState.Overlay.NONE);
        assertThat(press(s, KeyType.Escape).ui().overlay()).isEqualTo(UiState.Overlay.NONE);
        assertThat(press(s, 'q').quit()).isTrue(); // q still quits
        s = press(Fixtures.state(), KeyType.Enter);
        assertThat(s.ui().overlay()).isEqualTo(UiState.Overlay.DETAIL);
        assertThat(press(s, KeyType.Escape).ui().overlay()).isEqualTo(UiState.Overlay.NONE);
        s = press(Fixtures.state(), 'c');
        assertThat(s.ui().overlay()).isEqualTo(UiState.Overlay.CORRELATION_MATRIX);
        assertThat(press(s, 'c').ui().overlay()).isEqualTo(UiState.Overlay.NONE);
        s = press(Fixtures.state(), 'g');
        assertThat(s.ui().showSectors()).isTrue();
        assertThat(press(s, 'g').ui().showSectors()).isFalse();
    }

    @Test
    void pauseTogglesAndTellsThePoller() {
        MonitorState s = press(Fixtures.state(), 'p');
        assertThat(s.ui().paused()).isTrue();
        assertThat(effects).containsExactly(new Effect.Pause(true));
        s = press(s, 'p');
        assertThat(s.ui().paused()).isFalse();
        assertThat(effects).containsExactly(new Effect.Pause(false));
    }

    @Test
    void windowCyclesThroughThePresetsAndSwitchesTheSource() {
        MonitorState s = press(Fixtures.state(), 'w');
        assertThat(s.statsWindow()).isEqualTo(new StatsWindow(Interval.H4, 42));
        assertThat(s.effectiveBook().feed().interval()).isEqualTo(Interval.H4);
        assertThat(s.effectiveBook().feed().window()).isEqualTo(42);
        assertThat(s.book().feed().interval()).isEqualTo(Interval.D1); // a view choice, not an edit
        assertThat(s.ui().unsaved()).isFalse();
        assertThat(s.generation()).isEqualTo(1);
        assertThat(effects).hasSize(1);
        Effect.SwitchSource sw = (Effect.SwitchSource) effects.get(0);
        assertThat(sw.generation()).isEqualTo(1);
        assertThat(sw.book().feed().interval()).isEqualTo(Interval.H4);
        s = press(s, 'w');
        assertThat(s.statsWindow()).isEqualTo(new StatsWindow(Interval.H1, 48));
        s = press(s, 'w');
        assertThat(s.window()).isEmpty();
        assertThat(s.statsWindow()).isEqualTo(new StatsWindow(Interval.D1, 30));
        assertThat(s.generation()).isEqualTo(3);
    }

    @Test
    void editsDoNotSwitchTheSource() {
        press(Fixtures.state(), '+');
        assertThat(effects).isEmpty();
    }

    @Test
    void saveAsksTheStoreOnlyWhenThereIsSomethingToSave() {
        MonitorState s = press(Fixtures.state(), 's');
        assertThat(effects).isEmpty();
        assertThat(status(s)).isEqualTo("nothing to save");
        MonitorState edited = press(Fixtures.state(), '+');
        press(edited, 's');
        assertThat(effects).containsExactly(new Effect.Save(edited.saved(), edited.book(), false));
    }

    @Test
    void quitWithoutChangesQuits() {
        assertThat(press(Fixtures.state(), 'q').quit()).isTrue();
    }

    @Test
    void quitWithUnsavedChangesAsksFirst() {
        MonitorState s = press(press(Fixtures.state(), '+'), 'q');
        assertThat(s.quit()).isFalse();
        assertThat(s.ui().prompt()).contains(Prompt.QUIT);
        assertThat(Prompt.QUIT.question())
                .isEqualTo("Unsaved changes. s = save and quit, y = quit without saving, n / Esc = stay");
        MonitorState stay = press(s, 'n');
        assertThat(stay.quit()).isFalse();
        assertThat(stay.ui().prompt()).isEmpty();
        assertThat(status(stay)).isEqualTo("not quitting");
        assertThat(target(stay, 0)).isEqualTo(105);
        MonitorState esc = press(s, KeyType.Escape);
        assertThat(esc.quit()).isFalse();
        assertThat(esc.ui().prompt()).isEmpty();
        assertThat(esc.ui().overlay()).isEqualTo(UiState.Overlay.NONE);
        MonitorState other = press(s, '+'); // any other key stays too, and does nothing else
        assertThat(other.quit()).isFalse();
        assertThat(target(other, 0)).isEqualTo(105);
        assertThat(press(s, 'y').quit()).isTrue();
        assertThat(press(s, 'Y').quit()).isTrue();
        assertThat(ctrl(s, 'c').quit()).isTrue();
    }

    @Test
    void saveAndQuitQuitsOnlyOnceTheSaveWorked() {
        MonitorState asking = press(press(Fixtures.state(), '+'), 'q');
        MonitorState saving = press(asking, 's');
        assertThat(effects).hasSize(1).first().isInstanceOf(Effect.Save.class);
        assertThat(saving.quit()).isFalse();
        Book written = saving.book();
        MonitorState done = Update.apply(saving, new Event.Saved(
                new Event.SaveOutcome.Written(java.nio.file.Path.of("/tmp/book.yaml"), written))).state();
        assertThat(done.quit()).isTrue();
        MonitorState failed = Update.apply(saving, new Event.Saved(
                new Event.SaveOutcome.Failed("read-only file system"))).state();
        assertThat(failed.quit()).isFalse();
        assertThat(failed.ui().unsaved()).isTrue();
        assertThat(status(failed)).isEqualTo("save failed: read-only file system; edits kept; not quitting");
    }

    @Test
    void ctrlCQuitsLikeQ() {
        assertThat(ctrl(Fixtures.state(), 'c').quit()).isTrue();
        MonitorState edited = ctrl(press(Fixtures.state(), '+'), 'c');
        assertThat(edited.quit()).isFalse();
        assertThat(edited.ui().prompt()).contains(Prompt.QUIT);
    }

    @Test
    void ctrlLAsksForAFullRepaintAndChangesNothing() {
        MonitorState s = Fixtures.state();
        assertThat(ctrl(s, 'l')).isSameAs(s);
        assertThat(effects).containsExactly(new Effect.Repaint());
    }

    @Test
    void qQuitsEvenFromTheHelp() {
        assertThat(press(press(Fixtures.state(), '?'), 'q').quit()).isTrue();
    }

    @Test
    void anUnknownKeyPointsToTheHelp() {
        MonitorState s = press(Fixtures.state(), 'Z');
        assertThat(status(s)).isEqualTo("no key Z; ? shows the keys");
    }

    @Test
    void aControlCharacterKeyIsSanitisedInTheStatus() {
        MonitorState s = press(Fixtures.state(), '\u001b');
        assertThat(status(s)).doesNotContain("\u001b");
    }

    @Test
    void marketSnapshotsOfOtherGenerationsAreDropped() {
        MonitorState s = press(Fixtures.state(), 'w'); // generation 1
        MarketSnapshot old = MarketSnapshot.empty(T0, "old");
        assertThat(Update.apply(s, new Event.Market(old, 0)).state()).isSameAs(s);
        MarketSnapshot fresh = MarketSnapshot.empty(T0, "fresh");
        MonitorState next = Update.apply(s, new Event.Market(fresh, 1)).state();
        assertThat(next.market()).isSameAs(fresh);
        assertThat(next.marketReceived()).isTrue();
    }
}
