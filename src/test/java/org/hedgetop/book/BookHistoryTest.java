package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookHistoryTest {
    Book loaded;
    BookHistory history;

    @BeforeEach
    void aLoadedBook() {
        loaded = EditFixtures.parse(EditFixtures.text("01-comments.yaml"));
        history = BookHistory.of(loaded);
    }

    private double target(BookHistory h) {
        return h.current().hedge("sol-perp").orElseThrow().targetPct();
    }

    @Test
    void undoAndRedoWalkThroughTheEdits() {
        BookHistory h = history.edit(b -> BookEdits.stepTarget(b, "sol-perp", -5))
                .edit(b -> BookEdits.stepTarget(b, "sol-perp", -5));
        assertThat(target(h)).isEqualTo(90);
        assertThat(h.unsaved()).isTrue();

        BookHistory once = h.undo();
        assertThat(target(once)).isEqualTo(95);
        assertThat(once.redoLabel()).isEqualTo("sol-perp target_pct 95 -> 90");
        assertThat(once.undoLabel()).isEqualTo("sol-perp target_pct 95 -> 100");
        BookHistory twice = once.undo();
        assertThat(target(twice)).isEqualTo(100);
        assertThat(twice.canUndo()).isFalse();
        assertThat(twice.undo()).isSameAs(twice);
        assertThat(twice.unsaved()).as("back where the file is").isFalse();
        assertThat(target(twice.redo().redo())).isEqualTo(90);
        assertThat(twice.redo().redo().canRedo()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedo() {
        BookHistory h = history.edit(b -> BookEdits.targetPct(b, "sol-perp", 50)).undo()
                .edit(b -> BookEdits.targetPct(b, "sol-perp", 60));
        assertThat(h.canRedo()).isFalse();
        assertThat(target(h)).isEqualTo(60);
        assertThat(target(h.undo())).isEqualTo(100);
    }

    @Test
    void markingTheOrderExecutedIsAnUndoableEdit() {
        BookHistory h = history.edit(b -> BookEdits.targetPct(b, "sol-perp", 50))
                .edit(b -> BookEdits.markExecuted(b, "sol-perp", 10000));
        assertThat(h.current().hedge("sol-perp").orElseThrow().position()).isEqualTo(-10000);
        assertThat(h.undoLabel()).isEqualTo("sol-perp position -10000 -> -20000");
        assertThat(h.undo().current().hedge("sol-perp").orElseThrow().position()).isEqualTo(-20000);
        assertThat(target(h.undo())).isEqualTo(50);
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        assertThat(history.edit(b -> BookEdits.targetPct(b, "sol-perp", 100))).isSameAs(history);
        // +5 at the 300 ceiling stays at 300
        BookHistory top = history.edit(b -> BookEdits.targetPct(b, "sol-perp", 300));
        assertThat(top.edit(b -> BookEdits.stepTarget(b, "sol-perp", 5))).isSameAs(top);
    }

    @Test
    void savingClearsUnsavedButKeepsTheUndo() {
        BookHistory h = history.edit(b -> BookEdits.shockPct(b, -30));
        BookHistory saved = h.saved(h.current());
        assertThat(saved.unsaved()).isFalse();
        assertThat(saved.canUndo()).isTrue();
        assertThat(saved.undo().unsaved()).as("the file now has -30").isTrue();
    }

    @Test
    void aReloadStartsAfresh() {
        BookHistory h = history.edit(b -> BookEdits.cycleRatio(b, "sol-perp"));
        Book fromDisk = BookEdits.targetPct(loaded, "sol-perp", 70);
        BookHistory r = h.reloaded(fromDisk);
        assertThat(r.canUndo()).isFalse();
        assertThat(r.unsaved()).isFalse();
        assertThat(target(r)).isEqualTo(70);
    }

    @Test
    void stepsLandOnRoundNumbers() {
        BookHistory h = history.edit(b -> BookEdits.targetPct(b, "sol-perp", 0.1));
        for (int i = 0; i < 2; i++) {
            h = h.edit(b -> BookEdits.stepTarget(b, "sol-perp", 0.1));
        }
        // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in binary; the file must say 0.3
        assertThat(target(h)).isEqualTo(0.3);
    }
}
