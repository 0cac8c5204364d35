package org.hedgetop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one table of keys. Each {@link Binding} carries its key strokes, what it does (its handler) and its help
 * text; the monitor dispatches through {@link #find}, and the help overlay and the footer are drawn from
 * {@link #ALL}, so a key cannot be shown without working or work without being shown. The questions a key can
 * open (quit with unsaved changes...) are {@link Prompt}s, built the same way.
 */
public final class Keys {
    private Keys() {
    }

    /** What a binding does, by name: tests and the footer refer to a binding through it. */
    public enum Action {
        DOWN, UP, TARGET_UP, TARGET_DOWN, TARGET_ZERO, TARGET_FULL, MARK_EXECUTED, SYNC, CYCLE_RATIO, SHOCK_DOWN,
        SHOCK_UP, CYCLE_WINDOW, SEEK_BACK, SEEK_FORWARD, RESTART, CORRELATION_MATRIX, SECTORS, NEXT_PANE,
        DETAIL_OPEN, CLOSE, PAUSE, ALERTS, ACKNOWLEDGE, SNOOZE, SAVE, UNDO, REDO, REPAINT, HELP, QUIT
    }

    /** The work of a key: changes the draft state and adds the effects the monitor must carry out. */
    @FunctionalInterface
    interface Handler {
        void run(MonitorState.Draft d, List<Effect> fx);
    }

    /**
     * One key stroke: a character ({@code j}), a control character ({@code Ctrl-R}) or a named key ({@code Down}).
     *
     * @param type       Lanterna's key type ({@code Character} for the first two)
     * @param character  the character, lower case for a control key; 0 for a named key
     * @param ctrl       a control key
     * @param listed     shown where the keys are listed (a prompt leaves out {@code Y} beside {@code y})
     */
    public record Key(KeyType type, char character, boolean ctrl, boolean listed) {
        public static Key of(char c) {
            return new Key(KeyType.Character, c, false, true);
        }

        public static Key ctrl(char c) {
            return new Key(KeyType.Character, Character.toLowerCase(c), true, true);
        }

        public static Key of(KeyType type) {
            return new Key(type, (char) 0, false, true);
        }

        /** The same key, accepted but not listed. */
        public Key unlisted() {
            return new Key(type, character, ctrl, false);
        }

        /** How the help writes it: {@code j}, {@code Ctrl-R}, {@code Down}. */
        public String name() {
            if (type != KeyType.Character) {
                return switch (type) {
                    case ArrowDown -> "Down";
                    case ArrowUp -> "Up";
                    case Escape -> "Esc";
                    default -> type.name();
                };
            }
            return ctrl ? "Ctrl-" + Character.toUpperCase(character) : String.valueOf(character);
        }

        /**
         * Whether {@code k} is this key. Modifiers on named keys and Alt are ignored, as before; a control key
         * also matches its raw control character (some terminals send Ctrl-R as U+0012 without the flag).
         */
        public boolean matches(KeyStroke k) {
            if (k == null || k.getKeyType() != type) {
                return false;
            }
            if (type != KeyType.Character) {
                return true;
            }
            char c = k.getCharacter();
            if (ctrl) {
                return k.isCtrlDown() ? Character.toLowerCase(c) == character : c == (character & 0x1f);
            }
            return !k.isCtrlDown() && c == character;
        }
    }

    /**
     * One row of the table.
     *
     * @param action      its name
     * @param keys        the strokes that trigger it, in the order the help lists them
     * @param help        one short line for the help overlay (fits 26 columns, so the help fits 80x24)
     * @param footer      short label for the footer line, or empty when it is not shown there
     * @param everywhere  it also acts while the help is open (other keys are then ignored)
     * @param handler     what it does
     */
    public record Binding(Action action, List<Key> keys, String help, String footer, boolean everywhere,
                          Handler handler) {
        public Binding {
            keys = List.copyOf(keys);
        }

        /** How the help writes the keys: "j / Down". */
        public String label() {
            return Keys.label(keys);
        }

        public boolean matches(KeyStroke k) {
            return keys.stream().anyMatch(key -> key.matches(k));
        }
    }

    /** The listed keys as the help and the prompts write them: "n / Esc". */
    public static String label(List<Key> keys) {
        return keys.stream().filter(Key::listed).map(Key::name).collect(Collectors.joining(" / "));
    }

    private static Binding bind(Action a, List<Key> keys, String help, String footer, Handler h) {
        return new Binding(a, keys, help, footer, false, h);
    }

    private static Binding anywhere(Action a, List<Key> keys, String help, String footer, Handler h) {
        return new Binding(a, keys, help, footer, true, h);
    }

    private static List<Key> key(char c) {
        return List.of(Key.of(c));
    }

    public static final List<Binding> ALL = List.of(
            bind(Action.DOWN, List.of(Key.of('j'), Key.of(KeyType.ArrowDown)), "select the next row", "",
                    (d, fx) -> ViewKeys.move(d, 1)),
            bind(Action.UP, List.of(Key.of('k'), Key.of(KeyType.ArrowUp)), "select the previous row", "",
                    (d, fx) -> ViewKeys.move(d, -1)),
            bind(Action.TARGET_UP, key('+'), "raise the target by a step", "+/- target",
                    (d, fx) -> EditKeys.target(d, t -> t + d.book.settings().targetStepPct())),
            bind(Action.TARGET_DOWN, key('-'), "lower the target by a step", "",
                    (d, fx) -> EditKeys.target(d, t -> t - d.book.settings().targetStepPct())),
            bind(Action.TARGET_ZERO, key('0'), "set the target to 0 %", "", (d, fx) -> EditKeys.target(d, t -> 0)),
            bind(Action.TARGET_FULL, key('='), "set the target to 100 %", "",
                    (d, fx) -> EditKeys.target(d, t -> 100)),
            bind(Action.MARK_EXECUTED, key('x'), "mark the order executed", "x executed",
                    (d, fx) -> EditKeys.markExecuted(d)),
            bind(Action.SYNC, key('e'), "sync fills to the account", "", (d, fx) -> EditKeys.askSync(d)),
            bind(Action.CYCLE_RATIO, key('r'), "cycle a proxy hedge ratio", "", (d, fx) -> EditKeys.ratio(d)),
            bind(Action.SHOCK_DOWN, key('['), "shock down by 5 points", "[] shock",
                    (d, fx) -> EditKeys.shock(d, -EditKeys.SHOCK_STEP)),
            bind(Action.SHOCK_UP, key(']'), "shock up by 5 points", "",
                    (d, fx) -> EditKeys.shock(d, EditKeys.SHOCK_STEP)),
            bind(Action.CYCLE_WINDOW, key('w'), "stats window: 1d, 4h, 1h", "w window",
                    (d, fx) -> ViewKeys.cycleWindow(d)),
            bind(Action.SEEK_BACK, key('<'), "replay: back one interval", "", (d, fx) -> ViewKeys.seek(d, -1, fx)),
            bind(Action.SEEK_FORWARD, key('>'), "replay: ahead one interval", "", (d, fx) -> ViewKeys.seek(d, 1, fx)),
            bind(Action.RESTART, List.of(Key.of(KeyType.Home)), "replay: back to the start", "",
                    (d, fx) -> ViewKeys.seek(d, 0, fx)),
            bind(Action.CORRELATION_MATRIX, key('c'), "show / hide the heat-map", "c corr",
                    (d, fx) -> ViewKeys.toggle(d, UiState.Overlay.CORRELATION_MATRIX)),
            bind(Action.SECTORS, key('g'), "show / hide sector totals", "",
                    (d, fx) -> d.ui = d.ui.with(UiState.Flag.SECTORS, !d.ui.showSectors())),
            bind(Action.NEXT_PANE, List.of(Key.of(KeyType.Tab)), "focus the next pane", "",
                    (d, fx) -> ViewKeys.nextPane(d)),
            bind(Action.DETAIL_OPEN, List.of(Key.of(KeyType.Enter)), "detail of the selected row", "Enter detail",
                    (d, fx) -> d.ui = d.ui.withOverlay(UiState.Overlay.DETAIL)),
            anywhere(Action.CLOSE, List.of(Key.of(KeyType.Escape)), "close the open view", "",
                    (d, fx) -> d.ui = d.ui.withOverlay(UiState.Overlay.NONE)),
            bind(Action.PAUSE, key('p'), "pause / resume polling", "p pause", ViewKeys::pause),
            bind(Action.ALERTS, key('a'), "show / hide the alert list", "a alerts",
                    (d, fx) -> ViewKeys.toggle(d, UiState.Overlay.ALERTS)),
            bind(Action.ACKNOWLEDGE, key('A'), "alert list: acknowledge", "",
                    (d, fx) -> ViewKeys.alert(d, true, fx)),
            bind(Action.SNOOZE, key('z'), "alert list: snooze 1 h", "", (d, fx) -> ViewKeys.alert(d, false, fx)),
            bind(Action.SAVE, key('s'), "save changes to the file", "s save", EditKeys::save),
            bind(Action.UNDO, key('u'), "undo the last change", "u undo", (d, fx) -> EditKeys.undo(d)),
            bind(Action.REDO, List.of(Key.ctrl('r')), "redo the undone change", "", (d, fx) -> EditKeys.redo(d)),
            // Ctrl-L, as in every terminal program: something scribbled on the screen
            anywhere(Action.REPAINT, List.of(Key.ctrl('l')), "repaint the whole screen", "",
                    (d, fx) -> fx.add(new Effect.Repaint())),
            anywhere(Action.HELP, key('?'), "show / hide this help", "? help",
                    (d, fx) -> ViewKeys.toggle(d, UiState.Overlay.HELP)),
            anywhere(Action.QUIT, List.of(Key.of('q'), Key.ctrl('c')), "quit (asks if unsaved)", "q quit",
                    ViewKeys::quit));

    /** The binding of a key stroke, if it has one. */
    public static Optional<Binding> find(KeyStroke key) {
        for (Binding b : ALL) {
            if (b.matches(key)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** "? or Esc": the keys that close the help. */
    public static String helpClosers() {
        return of(Action.HELP).label() + " or " + of(Action.CLOSE).label();
    }

    /** The help's header: how to leave it, and that other keys wait meanwhile (only those of "everywhere" act). */
    public static String helpHeader() {
        return helpClosers() + " closes; other keys are ignored (" + of(Action.QUIT).keys().get(0).name()
                + " still quits)";
    }

    /** The binding named {@code action} (every action has exactly one). */
    public static Binding of(Action action) {
        return ALL.stream().filter(b -> b.action() == action).findFirst().orElseThrow();
    }
}
