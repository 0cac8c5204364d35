package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hedgetop.book.SaveResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor saves by books; the versions find the text each book came from. */
class BookVersionsTest {
    @TempDir
    Path dir;
    Path file;
    String original;
    BookFile first;
    BookVersions versions;

    @BeforeEach
    void aBookOnDisk() throws Exception {
        original = EditFixtures.text("01-comments.yaml");
        file = dir.resolve("book.yaml");
        Files.writeString(file, original);
        first = BookFile.read(file);
        versions = new BookVersions(first);
    }

    private BookFile externalEdit(String from, String to) throws Exception {
        String text = Files.readString(file).replace(from, to);
        Files.writeString(file, text);
        return BookFile.read(file);
    }

    @Test
    void savesFromTheBaseAndRemembersTheSavedVersion() {
        Book edited = BookEdits.targetPct(first.book(), "sol-perp", 50);

        SaveResult r = versions.save(first.book(), edited, false);

        assertThat(r.outcome()).isEqualTo(Outcome.SAVED);
        assertThat(versions.latest().text()).contains("target_pct: 50  #");
        // the next edit starts from the saved book
        Book next = BookEdits.position(r.saved().orElseThrow().book(), "sol-perp", -10000);
        assertThat(versions.save(r.saved().orElseThrow().book(), next, false).outcome()).isEqualTo(Outcome.SAVED);
    }

    @Test
    void unsavedEditsOnAnOldBaseGoToConflictAndTheExternalEditStays() throws Exception {
        Book edited = BookEdits.targetPct(first.book(), "sol-perp", 50);
        versions.seen(externalEdit("leverage: 5", "leverage: 4"));

        SaveResult r = versions.save(first.book(), edited, false);

        assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(Files.readString(file)).contains("leverage: 4").contains("target_pct: 100  #");
        assertThat(Files.readString(dir.resolve("book.yaml.conflict")))
                .contains("leverage: 4").contains("target_pct: 50  #");
    }

    @Test
    void editsOnTheReloadedBookSaveNormallyAndKeepTheExternalEdit() throws Exception {
        BookFile reloaded = externalEdit("leverage: 5", "leverage: 4");
        versions.seen(reloaded);

        SaveResult r = versions.save(reloaded.book(), BookEdits.targetPct(reloaded.book(), "sol-perp", 50), false);

        assertThat(r.outcome()).isEqualTo(Outcome.SAVED);
        assertThat(Files.readString(file)).contains("leverage: 4").contains("target_pct: 50  #");
    }

    @Test
    void aConflictCopyOnRequestLeavesTheFileAlone() throws Exception {
        SaveResult r = versions.save(first.book(), BookEdits.shockPct(first.book(), -30), true);

        assertThat(r.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(Files.readString(dir.resolve("book.yaml.conflict")))
                .isEqualTo(original.replace("shock_pct: -20 ", "shock_pct: -30 "));
    }

    @Test
    void anUnknownBaseIsRefused() {
        Book stranger = BookEdits.targetPct(first.book(), "sol-perp", 7);

        SaveResult r = versions.save(stranger, BookEdits.targetPct(stranger, "sol-perp", 8), false);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("no longer known");
    }
}
