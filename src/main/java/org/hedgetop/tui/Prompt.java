package org.hedgetop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A question a key asks before it acts. Defined once: the footer shows {@link #question()} (built from the
 * answers), and the next key is answered through {@link #answer} - a key that is no answer counts as the last
 * one (stay, no), so a stray key never does the risky thing.
 */
public enum Prompt {
    QUIT("Unsaved changes.", List.of(
            new Answer(List.of(Keys.Key.of('s')), "save and quit", EditKeys::saveAndQuit),
            // a second Ctrl-C at the question quits too: the user means it
            new Answer(List.of(Keys.Key.of('y'), Keys.Key.of('Y').unlisted(), Keys.Key.ctrl('c').unlisted()),
                    "quit without saving", (d, fx) -> d.quit = true),
            new Answer(List.of(Keys.Key.of('n'), Keys.Key.of(KeyType.Escape)), "stay",
                    (d, fx) -> d.say("not quitting")))),
    SYNC("Sync the fills with the account and write the file?", List.of(
            new Answer(List.of(Keys.Key.of('y'), Keys.Key.of('Y').unlisted()), "sync", EditKeys::sync),
            new Answer(List.of(Keys.Key.of('n'), Keys.Key.of(KeyType.Escape)), "no",
                    (d, fx) -> d.say("sync cancelled"))));

    /**
     * One answer.
     *
     * @param keys     the keys that give it
     * @param meaning  what it does, as the question words it
     * @param handler  what it does
     */
    public record Answer(List<Keys.Key> keys, String meaning, Keys.Handler handler) {
        public Answer {
            keys = List.copyOf(keys);
        }

        /** "n / Esc = stay". */
        public String text() {
            return Keys.label(keys) + " = " + meaning;
        }
    }

    private final String lead;
    private final List<Answer> answers;

    Prompt(String lead, List<Answer> answers) {
        this.lead = lead;
        this.answers = List.copyOf(answers);
    }

    public List<Answer> answers() {
        return answers;
    }

    /** "Unsaved changes. s = save and quit, y = quit without saving, n / Esc = stay". */
    public String question() {
        return lead + " " + answers.stream().map(Answer::text).collect(Collectors.joining(", "));
    }

    /** The answer {@code key} gives, if it is one of the answers' keys. */
    public java.util.Optional<Answer> answerOf(KeyStroke key) {
        return answers.stream().filter(a -> a.keys().stream().anyMatch(k -> k.matches(key))).findFirst();
    }

    /** The answer {@code key} gives: its own, or the last (the safe one) for any other key. */
    public Answer answer(KeyStroke key) {
        return answerOf(key).orElse(answers.get(answers.size() - 1));
    }
}
