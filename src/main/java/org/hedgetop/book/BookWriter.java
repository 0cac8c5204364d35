package org.hedgetop.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hedgetop.book.SaveResult.Outcome;

/**
 * Saves an edited book into its file without touching anything but the changed values, and without ever
 * leaving a half-written or silently overwritten file.
 *
 * <p>{@link #apply} is the pure part: original text + the book read from it + the edited book -> new text,
 * re-read and checked to give exactly the edited book. {@link #save} adds the file system: it refuses to
 * overwrite a file that changed on disk since it was loaded (the edits go to {@code FILE.conflict}), keeps
 * the previous version as {@code FILE.bak}, writes a temp file in the same directory, forces it to disk
 * and renames it over the real file (through a symlink, keeping the link and the file's permissions).
 */
public final class BookWriter {
    private BookWriter() {
    }

    /**
     * The text of {@code edited}: {@code text} with only the values that differ from {@code loaded} rewritten.
     *
     * @throws BookEditException when the edit is structural, a value cannot be rewritten in place, or the
     *                           result would not read back as {@code edited}
     */
    public static String apply(String text, Book loaded, Book edited) throws BookEditException {
        List<BookChange> changes = BookChange.between(loaded, edited);
        if (changes.isEmpty()) {
            return text;
        }
        String out = Splicer.splice(text, loaded, changes);
        verify(out, loaded, edited);
        return out;
    }

    /** Re-reads {@code out} with the real loader; anything but the edited book is a bug we must not save. */
    private static void verify(String out, Book loaded, Book edited) throws BookEditException {
        String name = loaded.file().map(p -> p.getFileName().toString()).orElse("book.yaml");
        Book reread;
        try {
            reread = BookLoader.parse(out, name, loaded.file());
        } catch (BookException e) {
            throw new BookEditException("the edited file would not load: " + e.errors().get(0), e);
        }
        List<BookChange> diff;
        try {
            diff = BookChange.between(edited, reread);
        } catch (BookEditException e) {
            throw new BookEditException("the edited file would read back differently: " + e.getMessage(), e);
        }
        if (!diff.isEmpty()) {
            BookChange d = diff.get(0);
            throw new BookEditException("the edited file would read back " + d.subject() + " as "
                    + BookChange.format(d.after()) + ", not " + BookChange.format(d.before()));
        }
    }

    /** Saves {@code edited} over {@code loaded}'s file on the real file system. */
    public static SaveResult save(BookFile loaded, Book edited) {
        return save(loaded, edited, FileOps.SYSTEM, text -> { });
    }

    /**
     * Saves {@code edited} over {@code loaded}'s file.
     *
     * @param ops          the file system (tests inject failures)
     * @param beforeWrite  called with the new text just before it is written, e.g. {@code watcher::expect}
     *                     so the watcher does not report our own save as an external edit
     */
    public static SaveResult save(BookFile loaded, Book edited, FileOps ops, Consumer<String> beforeWrite) {
        Path file = loaded.path();
        String name = file.getFileName().toString();
        String newText;
        try {
            newText = apply(loaded.text(), loaded.book(), edited);
        } catch (BookEditException e) {
            return new SaveResult(Outcome.FAILED, file, Optional.empty(),
                    "not saved: " + e.getMessage() + "; your edits are kept in memory");
        }
        Path real;
        byte[] disk;
        try {
            real = ops.realPath(file);
            disk = ops.read(real);
        } catch (NoSuchFileException e) {
            return Conflicts.write(loaded, edited, file, Optional.empty(), ops);
        } catch (IOException e) {
            return failed(file, name, e);
        }
        byte[] loadedBytes = loaded.text().getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(disk, loadedBytes)) {
            return Conflicts.write(loaded, edited, real, Optional.of(disk), ops);
        }
        BookFile saved = new BookFile(file, newText, reread(loaded, newText, edited));
        if (newText.equals(loaded.text())) {
            return new SaveResult(Outcome.UNCHANGED, file, Optional.of(saved), name + " already up to date");
        }
        Path temp = null;
        try {
            beforeWrite.accept(newText);
            Optional<Set<PosixFilePermission>> permissions = ops.permissions(real);
            writeReplacing(ops, real.resolveSibling(real.getFileName() + ".bak"), disk, permissions);
            temp = ops.createTemp(real.getParent(), "." + real.getFileName() + ".");
            ops.write(temp, newText.getBytes(StandardCharsets.UTF_8));
            if (permissions.isPresent()) {
                ops.setPermissions(temp, permissions.get());
            }
            if (!Arrays.equals(ops.read(real), disk)) {
                // Changed between our check and now: the rename would destroy someone's edit.
                return Conflicts.write(loaded, edited, real, Optional.of(ops.read(real)), ops);
            }
            ops.move(temp, real);
            temp = null;
            ops.syncDirectory(real.getParent());
        } catch (IOException | RuntimeException e) {
            return failed(file, name, e);
        } finally {
            deleteQuietly(ops, temp);
        }
        int n = countChanges(loaded.book(), edited);
        return new SaveResult(Outcome.SAVED, file, Optional.of(saved), "saved " + name + " (" + n
                + (n == 1 ? " change" : " changes") + "; previous version in " + name + ".bak)");
    }

    /** Writes {@code bytes} to {@code target} by temp file and rename, so {@code target} is never half written. */
    static void writeReplacing(FileOps ops, Path target, byte[] bytes, Optional<Set<PosixFilePermission>> permissions)
            throws IOException {
        Path temp = ops.createTemp(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".");
        try {
            ops.write(temp, bytes);
            if (permissions.isPresent()) {
                ops.setPermissions(temp, permissions.get());
            }
            ops.move(temp, target);
            temp = null;
        } finally {
            deleteQuietly(ops, temp);
        }
    }

    /** The saved book as the loader reads it (fresh source positions); {@code edited} if that fails. */
    private static Book reread(BookFile loaded, String text, Book edited) {
        try {
            return BookLoader.parse(text, loaded.path().toString(), loaded.book().file());
        } catch (BookException e) {
            return edited;
        }
    }

    private static int countChanges(Book a, Book b) {
        try {
            return BookChange.between(a, b).size();
        } catch (BookEditException e) {
            return 0;
        }
    }

    static SaveResult failed(Path file, String name, Exception e) {
        return new SaveResult(Outcome.FAILED, file, Optional.empty(),
                "not saved: " + reason(e) + "; " + name + " is unchanged and your edits are kept in memory");
    }

    /** One line a user can act on: what went wrong and with which file. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or directory " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void deleteQuietly(FileOps ops, Path temp) {
        if (temp != null) {
            try {
                ops.deleteIfExists(temp);
            } catch (IOException e) {
                // Only a stray hidden temp file is left; the book itself is intact.
            }
        }
    }
}
