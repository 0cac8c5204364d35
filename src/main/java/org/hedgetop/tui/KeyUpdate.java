package org.hedgetop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;
import org.hedgetop.text.Safe;

/**
 * Dispatches a key through the one table ({@link Keys#ALL}) and the open {@link Prompt}. Pure, like
 * {@link Update}; what each key does is its binding's handler ({@link EditKeys}, {@link ViewKeys}).
 */
final class KeyUpdate {
    private KeyUpdate() {
    }

    static void key(MonitorState.Draft d, KeyStroke k, List<Effect> fx) {
        d.message = Optional.empty();
        Optional<Prompt> prompt = d.ui.prompt();
        if (prompt.isPresent()) {
            d.ui = d.ui.withPrompt(Optional.empty()); // one key answers, whatever it is
            prompt.get().answer(k).handler().run(d, fx);
            Keys.Binding quit = Keys.of(Keys.Action.QUIT);
            if (prompt.get().answerOf(k).isEmpty() && quit.keys().stream().anyMatch(q -> q.ctrl() && q.matches(k))) {
                quit.handler().run(d, fx); // Ctrl-C is never swallowed: no, then quit (asking if unsaved)
            }
            return;
        }
        Optional<Keys.Binding> binding = Keys.find(k);
        if (binding.isEmpty()) {
            if (k.getKeyType() == KeyType.Character) {
                d.say("no key " + Safe.text(String.valueOf(k.getCharacter())) + "; ? shows the keys");
            }
            return;
        }
        if (d.ui.overlay() == UiState.Overlay.HELP && !binding.get().everywhere()) {
            // the help is read while trying keys: a stray one must neither act unseen nor close it
            d.say("the help is open: " + Keys.helpClosers() + " closes it");
            return;
        }
        binding.get().handler().run(d, fx);
    }
}
