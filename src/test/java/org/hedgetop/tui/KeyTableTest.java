package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.tui.Fixtures.T0;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hedgetop.alert.ActiveAlert;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.risk.Alert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the one key table: every key stroke of every binding is pressed (pure {@link Update} level) and its
 * binding's action must have happened; a binding added without a case here fails {@link #everyBindingHasACase}.
 * The help and the footer are checked against the table in {@code pane.KeyTableScreenTest}.
 */
class KeyTableTest {
    /** What a press must do: {@code before} the state it was pressed in. */
    @FunctionalInterface
    interface Check {
        void verify(MonitorState before, MonitorState after, List<Effect> effects);
    }

    private record Case(Supplier<MonitorState> before, Check check) {
    }

    private static final String FILLS_BOOK = """
            holdings:
              - {token: SOL, units: 100000}
            hedges:
              - id: sol-perp
                covers: [SOL]
                instrument: SOLUSDT
                contract_size: 1
                fills:
                  - {time: 2026-11-01T00:00:00Z, contracts: -20000, price: 140}
            """;

    private static MonitorState start() {
        return Fixtures.state(); // sol-perp (direct, target 100) and defi-eth (proxy, beta, target 75); shock -20
    }

    private static MonitorState press(MonitorState s, KeyStroke k) {
        return Update.apply(s, new Event.Key(k)).state();
    }

    private static MonitorState press(MonitorState s, char c) {
        return press(s, new KeyStroke(c, false, false));
    }

    private static MonitorState withUi(MonitorState s, java.util.function.UnaryOperator<UiState> change) {
        MonitorState.Draft d = s.draft();
        d.ui = change.apply(s.ui());
        return d.build();
    }

    private static MonitorState replay() {
        return MonitorState.initial(Fixtures.book(), T0, "replay", UiState.initial(true, true));
    }

    private static MonitorState alertListOpen() {
        ActiveAlert a = new ActiveAlert("sol-perp", Alert.Kind.DRIFT, Set.of(Alert.Kind.DRIFT), "drift", T0, false,
                Optional.empty());
        return withUi(start(), ui -> ui.withAlerts(0, new AlertPanel(List.of(a), "", false))
                .withOverlay(UiState.Overlay.ALERTS));
    }

    /* needed 21,500 at mark 150 (Fixtures.hedgeRow), held 20,000: x sells 1,500 at 150 at T0. */
    private static MonitorState withAnOrder() throws Exception {
        Book book = BookLoader.parse(FILLS_BOOK, "book.yaml", Optional.empty());
        MonitorState s = MonitorState.initial(book, T0, "fake", UiState.initial(true, true));
        return Update.evaluated(s, Fixtures.view(book, s.market(), T0, OptionalLong.of(21_500), List.of()));
    }

    private static MonitorState withAccount() {
        try {
            return SyncKeyTest.state(SyncKeyTest.BOOK);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double target(MonitorState s, int hedge) {
        return s.book().hedges().get(hedge).targetPct();
    }

    private static final Map<Keys.Action, Case> CASES = new EnumMap<>(Keys.Action.class);

    private static void when(Keys.Action action, Supplier<MonitorState> before, Check check) {
        CASES.put(action, new Case(before, check));
    }

    static {
        when(Keys.Action.DOWN, KeyTableTest::start, (b, a, fx) -> assertThat(a.ui().selectedHedge()).isEqualTo(1));
        when(Keys.Action.UP, () -> withUi(start(), ui -> ui.withSelection(1, 0)),
                (b, a, fx) -> assertThat(a.ui().selectedHedge()).isZero());
        when(Keys.Action.TARGET_UP, KeyTableTest::start, (b, a, fx) -> {
            assertThat(target(a, 0)).isEqualTo(105);
            assertThat(a.ui().unsaved()).isTrue();
        });
        when(Keys.Action.TARGET_DOWN, KeyTableTest::start, (b, a, fx) -> assertThat(target(a, 0)).isEqualTo(95));
        when(Keys.Action.TARGET_ZERO, KeyTableTest::start, (b, a, fx) -> assertThat(target(a, 0)).isZero());
        when(Keys.Action.TARGET_FULL, () -> withUi(start(), ui -> ui.withSelection(1, 0)),
                (b, a, fx) -> assertThat(target(a, 1)).isEqualTo(100)); // defi-eth 75 -> 100
        when(Keys.Action.MARK_EXECUTED, () -> {
            try {
                return withAnOrder();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, (b, a, fx) -> assertThat(a.book().hedges().get(0).fills()).hasSize(2)
                .endsWith(Fill.of(T0, -1_500, 150)));
        when(Keys.Action.SYNC, KeyTableTest::withAccount,
                (b, a, fx) -> assertThat(a.ui().prompt()).contains(Prompt.SYNC));
        when(Keys.Action.CYCLE_RATIO, () -> withUi(start(), ui -> ui.withSelection(1, 0)),
                (b, a, fx) -> assertThat(a.book().hedges().get(1).ratio()).isEqualTo(Ratio.CORRELATION));
        when(Keys.Action.SHOCK_DOWN, KeyTableTest::start,
                (b, a, fx) -> assertThat(a.book().settings().shockPct()).isEqualTo(-25));
        when(Keys.Action.SHOCK_UP, KeyTableTest::start,
                (b, a, fx) -> assertThat(a.book().settings().shockPct()).isEqualTo(-15));
        when(Keys.Action.CYCLE_WINDOW, KeyTableTest::start, (b, a, fx) -> {
            assertThat(a.statsWindow()).isEqualTo(new StatsWindow(Interval.H4, 42));
            assertThat(fx).singleElement().isInstanceOf(Effect.SwitchSource.class);
        });
        when(Keys.Action.SEEK_BACK, KeyTableTest::replay,
                (b, a, fx) -> assertThat(fx).containsExactly(new Effect.Seek(Duration.ofDays(-1), false)));
        when(Keys.Action.SEEK_FORWARD, KeyTableTest::replay,
                (b, a, fx) -> assertThat(fx).containsExactly(new Effect.Seek(Duration.ofDays(1), false)));
        when(Keys.Action.RESTART, KeyTableTest::replay,
                (b, a, fx) -> assertThat(fx).containsExactly(new Effect.Seek(Duration.ZERO, true)));
        when(Keys.Action.CORRELATION_MATRIX, KeyTableTest::start,
                (b, a, fx) -> assertThat(a.ui().overlay()).isEqualTo(UiState.Overlay.CORRELATION_MATRIX));
        when(Keys.Action.SECTORS, KeyTableTest::start, (b, a, fx) -> assertThat(a.ui().showSectors()).isTrue());
        when(Keys.Action.NEXT_PANE, KeyTableTest::start,
                (b, a, fx) -> assertThat(a.ui().focus()).isEqualTo(UiState.Pane.EXPOSURE));
        when(Keys.Action.DETAIL_OPEN, KeyTableTest::start,
                (b, a, fx) -> assertThat(a.ui().overlay()).isEqualTo(UiState.Overlay.DETAIL));
        when(Keys.Action.CLOSE, () -> withUi(start(), ui -> ui.withOverlay(UiState.Overlay.DETAIL)),
                (b, a, fx) -> assertThat(a.ui().overlay()).isEqualTo(UiState.Overlay.NONE));
        when(Keys.Action.PAUSE, KeyTableTest::start, (b, a, fx) -> {
            assertThat(a.ui().paused()).isTrue();
            assertThat(fx).containsExactly(new Effect.Pause(true));
        });
        when(Keys.Action.ALERTS, KeyTableTest::start,
                (b, a, fx) -> assertThat(a.ui().overlay()).isEqualTo(UiState.Overlay.ALERTS));
        when(Keys.Action.ACKNOWLEDGE, KeyTableTest::alertListOpen,
                (b, a, fx) -> assertThat(fx).containsExactly(new Effect.Acknowledge("sol-perp")));
        when(Keys.Action.SNOOZE, KeyTableTest::alertListOpen,
                (b, a, fx) -> assertThat(fx).containsExactly(new Effect.Snooze("sol-perp")));
        when(Keys.Action.SAVE, () -> press(start(), '+'), (b, a, fx) -> assertThat(fx)
                .containsExactly(new Effect.Save(b.saved(), b.book(), false)));
        when(Keys.Action.UNDO, () -> press(start(), '+'), (b, a, fx) -> assertThat(target(a, 0)).isEqualTo(100));
        when(Keys.Action.REDO, () -> press(press(start(), '+'), 'u'),
                (b, a, fx) -> assertThat(target(a, 0)).isEqualTo(105));
        when(Keys.Action.REPAINT, KeyTableTest::start, (b, a, fx) -> {
            assertThat(fx).containsExactly(new Effect.Repaint());
            assertThat(a).isSameAs(b);
        });
        when(Keys.Action.HELP, KeyTableTest::start,
                (b, a, fx) -> assertThat(a.ui().overlay()).isEqualTo(UiState.Overlay.HELP));
        when(Keys.Action.QUIT, KeyTableTest::start, (b, a, fx) -> assertThat(a.quit()).isTrue());
    }

    /** The strokes of a key: a control key also as its raw control character. */
    static List<KeyStroke> strokes(Keys.Key k) {
        if (k.type() != KeyType.Character) {
            return List.of(new KeyStroke(k.type()));
        }
        if (k.ctrl()) {
            return List.of(new KeyStroke(k.character(), true, false),
                    new KeyStroke((char) (k.character() & 0x1f), false, false));
        }
        return List.of(new KeyStroke(k.character(), false, false));
    }

    static Stream<Arguments> everyKey() {
        List<Arguments> out = new ArrayList<>();
        for (Keys.Binding b : Keys.ALL) {
            for (Keys.Key k : b.keys()) {
                for (KeyStroke s : strokes(k)) {
                    out.add(Arguments.of(b.action(), k.name(), s));
                }
            }
        }
        return out.stream();
    }

    @Test
    void everyBindingHasACase() {
        List<Keys.Action> actions = Keys.ALL.stream().map(Keys.Binding::action).toList();
        assertThat(actions).doesNotHaveDuplicates();
        assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(actions);
        assertThat(everyKey()).hasSizeGreaterThanOrEqualTo(Keys.ALL.size());
    }

    /** 80x24 keeps the help in two columns of 40 with the widest label (10): 26 columns of help; a footer 78. */
    @Test
    void everyHelpLineAndEveryQuestionFitsAt80x24() {
        for (Keys.Binding b : Keys.ALL) {
            assertThat(b.label().length()).as(b.label()).isLessThanOrEqualTo(10);
            assertThat(b.help().length()).as(b.help()).isLessThanOrEqualTo(26);
        }
        for (Prompt p : Prompt.values()) {
            assertThat(p.question().length()).as(p.question()).isLessThanOrEqualTo(78);
        }
    }

    @Test
    void noKeyStrokeIsBoundTwice() {
        Set<String> seen = new HashSet<>();
        for (Keys.Binding b : Keys.ALL) {
            for (Keys.Key k : b.keys()) {
                assertThat(seen.add(k.name())).as(k.name() + " bound twice").isTrue();
                for (KeyStroke s : strokes(k)) {
                    assertThat(Keys.find(s)).as(k.name()).map(Keys.Binding::action).contains(b.action());
                }
            }
        }
    }

    @ParameterizedTest(name = "{1} ({2}) does {0}")
    @MethodSource("everyKey")
    void pressingTheKeyDoesItsAction(Keys.Action action, String name, KeyStroke stroke) {
        Case c = CASES.get(action);
        MonitorState before = c.before().get();
        Update.Result r = Update.apply(before, new Event.Key(stroke));
        c.check().verify(before, r.state(), r.effects());
    }

    /** While the help is open only the keys marked "everywhere" act; the others are ignored, with a hint. */
    @ParameterizedTest(name = "{1} with the help open")
    @MethodSource("everyKey")
    void withTheHelpOpenOnlyItsOwnKeysAct(Keys.Action action, String name, KeyStroke stroke) {
        MonitorState help = withUi(start(), ui -> ui.withOverlay(UiState.Overlay.HELP));
        Update.Result r = Update.apply(help, new Event.Key(stroke));
        MonitorState after = r.state();
        switch (action) {
            case HELP, CLOSE -> assertThat(after.ui().overlay()).isEqualTo(UiState.Overlay.NONE);
            case QUIT -> assertThat(after.quit()).isTrue();
            case REPAINT -> assertThat(r.effects()).containsExactly(new Effect.Repaint());
            default -> {
                assertThat(Keys.of(action).everywhere()).isFalse();
                assertThat(after.book()).isSameAs(help.book());
                assertThat(after.ui().overlay()).isEqualTo(UiState.Overlay.HELP);
                assertThat(after.ui().focus()).isEqualTo(help.ui().focus());
                assertThat(after.ui().selectedHedge()).isEqualTo(help.ui().selectedHedge());
                assertThat(r.effects()).isEmpty();
                assertThat(after.ui().status()).contains("the help is open: ? or Esc closes it");
            }
        }
    }

    /** The quit question: each answer's keys do what the question says; any other key stays. */
    @Test
    void everyAnswerOfTheQuitQuestion() {
        MonitorState asking = press(press(start(), '+'), 'q');
        assertThat(asking.ui().prompt()).contains(Prompt.QUIT);
        assertThat(Prompt.QUIT.question())
                .isEqualTo("Unsaved changes. s = save and quit, y = quit without saving, n / Esc = stay");
        for (Prompt.Answer answer : Prompt.QUIT.answers()) {
            for (Keys.Key k : answer.keys()) {
                for (KeyStroke s : strokes(k)) {
                    Update.Result r = Update.apply(asking, new Event.Key(s));
                    assertThat(r.state().ui().prompt()).as(k.name()).isEmpty();
                    switch (answer.meaning()) {
                        case "save and quit" -> {
                            assertThat(r.effects()).containsExactly(
                                    new Effect.Save(asking.saved(), asking.book(), false));
                            assertThat(r.state().quitAfterSave()).isTrue();
                            assertThat(r.state().quit()).isFalse(); // only once the save has worked
                        }
                        case "quit without saving" -> assertThat(r.state().quit()).as(k.name()).isTrue();
                        default -> {
                            assertThat(r.state().quit()).isFalse();
                            assertThat(r.state().ui().status()).contains("not quitting");
                        }
                    }
                }
            }
        }
        MonitorState other = press(asking, 'j');
        assertThat(other.quit()).isFalse();
        assertThat(other.ui().selectedHedge()).isZero(); // answered "stay", did not move
        assertThat(other.ui().prompt()).isEmpty();
    }

    /** The sync question: y syncs the book as the file holds it; n, Esc and any other key do not. */
    @Test
    void everyAnswerOfTheSyncQuestion() {
        MonitorState asking = press(withAccount(), 'e');
        for (Prompt.Answer answer : Prompt.SYNC.answers()) {
            for (Keys.Key k : answer.keys()) {
                for (KeyStroke s : strokes(k)) {
                    Update.Result r = Update.apply(asking, new Event.Key(s));
                    assertThat(r.state().ui().prompt()).as(k.name()).isEmpty();
                    if (answer.meaning().equals("sync")) {
                        assertThat(r.effects()).containsExactly(new Effect.Sync(asking.saved()));
                    } else {
                        assertThat(r.effects()).isEmpty();
                        assertThat(r.state().ui().status()).contains("sync cancelled");
                    }
                }
            }
        }
    }
}
