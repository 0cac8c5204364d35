package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hedgetop.book.BookWatcher.Invalid;
import org.hedgetop.book.BookWatcher.Reloaded;
import org.hedgetop.book.BookWatcher.Update;
import org.hedgetop.book.SaveResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test waits for the next update with a deadline (no sleeps); the watcher runs fast timings. */
class BookWatcherTest {
    private static final Duration DEBOUNCE = Duration.ofMillis(30);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long DEADLINE_SECONDS = 10;

    @TempDir
    Path dir;
    Path file;
    String original;
    final BlockingQueue<Update> updates = new LinkedBlockingQueue<>();
    BookWatcher watcher;

    @BeforeEach
    void aBookOnDisk() throws Exception {
        original = EditFixtures.text("01-comments.yaml");
        file = dir.resolve("book.yaml");
        Files.writeString(file, original);
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch(Path path) {
        watcher = BookWatcher.start(path, original, updates::add, DEBOUNCE, POLL);
    }

    private Update next() throws InterruptedException {
        Update u = updates.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertThat(u).as("an update within " + DEADLINE_SECONDS + " s").isNotNull();
        return u;
    }

    /** Writes like an editor that saves to a new file and renames it over the old one. */
    private void saveByRename(Path target, String text) throws Exception {
        Path tmp = target.resolveSibling(".book.yaml.swp");
        Files.writeString(tmp, text);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aValidExternalEditReloads() throws Exception {
        watch(file);
        String edited = original.replace("target_pct: 100", "target_pct: 70");
        Files.writeString(file, edited);

        // Written in place, the file is briefly empty (truncate, then write); on a loaded machine the
        // watcher may catch that state and report it before the full content, which it then reloads.
        Update u = next();
        while (u instanceof Invalid i && i.errors().getMessage().contains("empty file")) {
            u = next();
        }

        assertThat(u).isInstanceOf(Reloaded.class);
        BookFile f = ((Reloaded) u).file();
        assertThat(f.text()).isEqualTo(edited);
        assertThat(f.book().hedge("sol-perp").orElseThrow().targetPct()).isEqualTo(70);
    }

    @Test
    void anEditorSavingByRenameIsSeen() throws Exception {
        watch(file);
        saveByRename(file, original.replace("position: -20000", "position: -15000"));

        Update u = next();

        assertThat(u).isInstanceOf(Reloaded.class);
        assertThat(((Reloaded) u).file().book().hedge("sol-perp").orElseThrow().position()).isEqualTo(-15000);
    }

    @Test
    void aBrokenExternalEditIsReportedWithItsLocationThenTheFixReloads() throws Exception {
        watch(file);
        saveByRename(file, original.replace("target_pct: 100", "target_pct: lots"));

        Update u = next();

        assertThat(u).isInstanceOf(Invalid.class);
        BookError error = ((Invalid) u).errors().errors().get(0);
        assertThat(error.line()).isEqualTo(22);
        assertThat(error.column()).isEqualTo(17);
        assertThat(error.message()).contains("target_pct").contains("lots");

        saveByRename(file, original.replace("target_pct: 100", "target_pct: 90"));
        Update fixed = next();
        assertThat(fixed).isInstanceOf(Reloaded.class);
        assertThat(((Reloaded) fixed).file().book().hedge("sol-perp").orElseThrow().targetPct()).isEqualTo(90);
    }

    @Test
    void ourOwnSaveIsNotReported() throws Exception {
        watch(file);
        BookFile loaded = BookFile.read(file);
        SaveResult saved = BookWriter.save(loaded, BookEdits.targetPct(loaded.book(), "sol-perp", 50), FileOps.SYSTEM,
                watcher::expect);
        assertThat(saved.outcome()).isEqualTo(Outcome.SAVED);
        // An external edit after our save: had the save been reported, it would be the first update.
        String external = saved.saved().orElseThrow().text().replace("leverage: 5", "leverage: 4");
        saveByRename(file, external);

        Update u = next();

        assertThat(u).isInstanceOf(Reloaded.class);
        assertThat(((Reloaded) u).file().text()).isEqualTo(external);
        assertThat(updates).isEmpty();
    }

    @Test
    void aTouchThatKeepsTheContentIsNotReported() throws Exception {
        watch(file);
        saveByRename(file, original);
        saveByRename(file, original.replace("bell: true", "bell: false"));

        Update u = next();

        assertThat(((Reloaded) u).file().book().settings().bell()).isFalse();
    }

    @Test
    void editsThroughASymlinkTargetAreSeen() throws Exception {
        Path other = Files.createDirectory(dir.resolve("dotfiles"));
        Path real = other.resolve("real.yaml");
        Files.move(file, real);
        Files.createSymbolicLink(file, real);
        watch(file);

        Path tmp = other.resolve(".real.yaml.tmp");
        Files.writeString(tmp, original.replace("shock_pct: -20", "shock_pct: -40"));
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Update u = next();
        assertThat(((Reloaded) u).file().book().settings().shockPct()).isEqualTo(-40);
        assertThat(Files.isSymbolicLink(file)).isTrue();
    }

    @Test
    void aDeletedFileIsReportedAndItsReturnReloads() throws Exception {
        watch(file);
        Files.delete(file);

        Update gone = next();
        assertThat(gone).isInstanceOf(Invalid.class);
        assertThat(((Invalid) gone).errors().getMessage()).contains("gone");

        saveByRename(file, original);
        assertThat(next()).isInstanceOf(Reloaded.class);
    }

    @Test
    void withoutNotificationsPollingSeesTheEdit() throws Exception {
        watcher = BookWatcher.start(file, original, updates::add, DEBOUNCE, POLL, false);
        assertThat(watcher.notified()).isFalse();
        // same size as before, so only the content hash tells the versions apart
        saveByRename(file, original.replace("target_pct: 100", "target_pct: 101"));

        Update u = next();

        assertThat(((Reloaded) u).file().book().hedge("sol-perp").orElseThrow().targetPct()).isEqualTo(101);
    }

    @Test
    void closeStopsTheThread() throws Exception {
        watch(file);
        watcher.close();
        Files.writeString(file, original.replace("bell: true", "bell: false"));
        // nothing can arrive any more: the thread is gone
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("book-watcher"));
    }
}
