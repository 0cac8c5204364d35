package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hedgetop.cli.Hedgetop;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookWatcher;
import org.hedgetop.book.BookWriter;
import org.hedgetop.book.FileOps;
import org.hedgetop.book.SaveResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 items 8 and 9: a named pipe, a device or a huge file where the book should be. Opening a FIFO
 * blocks until a writer comes, {@code /dev/zero} never ends, and a 3 GB file does not fit in an array: each
 * used to hang a command, the monitor's save, or kill the watcher with an OutOfMemoryError. Every case runs
 * under a watchdog, so a hang fails the test instead of stopping the build.
 */
class SpecialFilesTest {
    private static final Duration WATCHDOG = Duration.ofSeconds(15);
    static final String BOOK = "holdings:\n  - {token: SOL, units: 10}\nhedges:\n"
            + "  - {covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -5}\n";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Hedgetop.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mk.exitValue()).isZero();
        return p;
    }

    @Test
    void checkReportAndSetRefuseANamedPipeAtOnce() throws Exception {
        Path pipe = fifo("book.yaml");
        for (String[] args : new String[][] {{"check", pipe.toString()}, {"report", pipe.toString()},
                {"set", pipe.toString(), "SOLUSDT", "target_pct=50"}}) {
            Run r = assertTimeoutPreemptively(WATCHDOG, () -> run(args));
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).isEqualTo("hedgetop: cannot read " + pipe + ": it is a named pipe "
                    + "(FIFO), not a regular file; hedgetop reads and writes regular files only"
                    + System.lineSeparator());
        }
    }

    @Test
    void aLinkToADeviceIsRefusedWithoutReadingIt() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("book.yaml"), Path.of("/dev/zero"));
        for (String[] args : new String[][] {{"check", link.toString()}, {"report", link.toString()},
                {"set", link.toString(), "SOLUSDT", "target_pct=50"}}) {
            Run r = assertTimeoutPreemptively(WATCHDOG, () -> run(args));
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).contains("it is a character device, not a regular file")
                    .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        }
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws Exception {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GB that cost no disk, and no array can hold them
        }
        Run r = assertTimeoutPreemptively(WATCHDOG, () -> run("set", huge.toString(), "SOLUSDT", "target_pct=50"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(huge + ":1:1: file is too large (1,048,577 bytes); a portfolio file may be "
                + "at most 1 MiB" + System.lineSeparator());
    }

    @Test
    void savingOverABookReplacedByAPipeFailsAtOnceAndKeepsTheEdits() throws Exception {
        Path file = dir.resolve("book.yaml");
        Files.writeString(file, BOOK);
        BookFile loaded = BookFile.read(file);
        Files.delete(file);
        fifo("book.yaml");

        SaveResult r = assertTimeoutPreemptively(WATCHDOG, () -> BookWriter.save(loaded,
                loaded.book(), FileOps.SYSTEM, text -> { }));

        assertThat(r.outcome()).isEqualTo(SaveResult.Outcome.FAILED);
        assertThat(r.message()).isEqualTo("not saved: it is a named pipe (FIFO), not a regular file; hedgetop reads"
                + " and writes regular files only (" + file + "); book.yaml is unchanged and your edits are kept"
                + " in memory");
    }

    @Test
    void theWatcherSurvivesAHugeFileAndReloadsOnceItIsFixed() throws Exception {
        Path file = dir.resolve("book.yaml");
        Files.writeString(file, BOOK);
        BlockingQueue<BookWatcher.Update> updates = new LinkedBlockingQueue<>();
        try (BookWatcher w = BookWatcher.start(file, BOOK, updates::add, Duration.ofMillis(30),
                Duration.ofMillis(100))) {
            Path big = dir.resolve("big.tmp");
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.setLength(3L << 30);
            }
            Files.move(big, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            BookWatcher.Update u = updates.poll(15, TimeUnit.SECONDS);
            assertThat(u).isInstanceOf(BookWatcher.Invalid.class);
            assertThat(((BookWatcher.Invalid) u).errors().errors().get(0).message())
                    .isEqualTo("file is too large (1,048,577 bytes); a portfolio file may be at most 1 MiB");

            String fixed = BOOK.replace("units: 10", "units: 12");
            Files.writeString(dir.resolve("fixed.tmp"), fixed);
            Files.move(dir.resolve("fixed.tmp"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            BookWatcher.Update next = updates.poll(15, TimeUnit.SECONDS);
            assertThat(next).as("still watching after the huge file").isInstanceOf(BookWatcher.Reloaded.class);
            assertThat(((BookWatcher.Reloaded) next).file().book().holdings().get(0).units()).isEqualTo(12.0);
            assertThat(updates.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void theWatcherSurvivesAPipeInPlaceOfTheBook() throws Exception {
        Path file = dir.resolve("book.yaml");
        Files.writeString(file, BOOK);
        BlockingQueue<BookWatcher.Update> updates = new LinkedBlockingQueue<>();
        try (BookWatcher w = BookWatcher.start(file, BOOK, updates::add, Duration.ofMillis(30),
                Duration.ofMillis(100))) {
            Files.delete(file);
            fifo("book.yaml");
            BookWatcher.Update u = updates.poll(15, TimeUnit.SECONDS);
            while (u instanceof BookWatcher.Invalid i && i.errors().getMessage().contains("the file is gone")) {
                u = updates.poll(15, TimeUnit.SECONDS);
            }
            assertThat(u).isInstanceOf(BookWatcher.Invalid.class);
            assertThat(((BookWatcher.Invalid) u).errors().errors().get(0).message()).startsWith(
                    "cannot read the book: it is a named pipe (FIFO), not a regular file");
            Files.delete(file);
            Files.writeString(file, BOOK.replace("units: 10", "units: 11"));
            BookWatcher.Update next = updates.poll(15, TimeUnit.SECONDS);
            while (next instanceof BookWatcher.Invalid) {
                next = updates.poll(15, TimeUnit.SECONDS);
            }
            assertThat(next).isInstanceOf(BookWatcher.Reloaded.class);
            assertThat(Optional.of(((BookWatcher.Reloaded) next).file().book().holdings().get(0).units()))
                    .contains(11.0);
        }
    }
}
