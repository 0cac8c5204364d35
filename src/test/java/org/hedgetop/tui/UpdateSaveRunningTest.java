package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import java.util.List;
import org.hedgetop.book.Book;
import org.junit.jupiter.api.Test;

/** The rules while a save runs on the save thread (issue 12 item 8): keys go on, the outcome comes back later. */
class UpdateSaveRunningTest {
    private List<Effect> effects;

    private MonitorState on(MonitorState s, Event e) {
        Update.Result r = Update.apply(s, e);
        effects = r.effects();
        return r.state();
    }

    private MonitorState press(MonitorState s, char c) {
        return on(s, new Event.Key(new KeyStroke(c, false, false)));
    }

    private static double target(MonitorState s) {
        return s.book().hedges().get(0).targetPct();
    }

    private static Event.Saved written(Book b) {
        return new Event.Saved(new Event.SaveOutcome.Written(Path.of("/tmp/book.yaml"), b));
    }

    @Test
    void undoWhileTheSaveRunsKeepsTheUndoneBookUnsavedAgainstWhatWasWritten() {
        MonitorState saving = press(press(press(Fixtures.state(), '+'), '+'), 's'); // 110 goes to disk
        Book sent = ((Effect.Save) effects.get(0)).edited();
        assertThat(sent.hedges().get(0).targetPct()).isEqualTo(110.0);
        MonitorState undone = press(saving, 'u'); // back to 105 while 110 is written
        assertThat(target(undone)).isEqualTo(105.0);
        MonitorState after = on(undone, written(sent));
        assertThat(target(after)).isEqualTo(105.0);
        assertThat(after.saved().hedges().get(0).targetPct()).isEqualTo(110.0);
        assertThat(after.ui().unsaved()).isTrue();
        assertThat(after.saving()).isEmpty();
        MonitorState redone = on(after, new Event.Key(new KeyStroke('r', true, false))); // Ctrl-R: history kept
        assertThat(target(redone)).isEqualTo(110.0);
        assertThat(redone.ui().unsaved()).isFalse();
    }

    @Test
    void saveAndQuitDuringARunningSaveWritesTheLaterEditsThenQuits() {
        MonitorState saving = press(press(Fixtures.state(), '+'), 's');
        Book first = ((Effect.Save) effects.get(0)).edited();
        MonitorState asking = press(press(saving, '+'), 'q');
        MonitorState waiting = press(asking, 's');
        assertThat(effects).isEmpty(); // not a second save at once
        assertThat(waiting.ui().status()).contains("saving... (quits once it is saved)");
        MonitorState second = on(waiting, written(first));
        assertThat(second.quit()).isFalse();
        assertThat(effects).hasSize(1);
        Effect.Save next = (Effect.Save) effects.get(0);
        assertThat(next.base().hedges().get(0).targetPct()).isEqualTo(105.0); // from the file the first left
        assertThat(next.edited().hedges().get(0).targetPct()).isEqualTo(110.0);
        assertThat(on(second, written(next.edited())).quit()).isTrue();
    }

    @Test
    void aConflictWithEditsMadeSinceKeepsThemAndDoesNotQuit() {
        MonitorState saving = press(press(Fixtures.state(), '+'), 's');
        MonitorState later = press(press(press(saving, '+'), 'q'), 's'); // save and quit, waiting
        MonitorState after = on(later, new Event.Saved(new Event.SaveOutcome.Conflict(Path.of("/tmp/book.yaml.conflict"))));
        assertThat(after.quit()).isFalse();
        assertThat(target(after)).isEqualTo(110.0);
        assertThat(after.ui().unsaved()).isTrue();
        assertThat(after.ui().status()).contains("the file changed on disk: your edits up to the save are in"
                + " book.yaml.conflict; later edits are kept unsaved");
    }

    @Test
    void syncIsRefusedWhileASaveRuns() {
        MonitorState saving = press(press(Fixtures.state(), '+'), 's');
        MonitorState undone = press(saving, 'u'); // same as the file again, but the save still runs
        assertThat(undone.saving()).isPresent();
        assertThat(press(undone, 'e').ui().prompt()).isEmpty();
    }
}
