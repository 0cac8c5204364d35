package org.hedgetop.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.hedgetop.book.SaveResult.Outcome;

/**
 * The file changed on disk since the book was loaded (an editor in the next pane, a script, a sync tool):
 * overwriting it would lose that edit, and dropping ours would lose the user's. Both survive: the file
 * stays as it is and the in-memory book goes to {@code FILE.conflict}, written onto the new text when the
 * user's changes still apply there (so the conflict file is the merge), else onto the loaded text.
 */
final class Conflicts {
    private Conflicts() {
    }

    /**
     * @param target  the real file (or the path as given when it no longer exists)
     * @param disk    its current bytes; empty when it is gone
     */
    static SaveResult write(BookFile loaded, Book edited, Path target, Optional<byte[]> disk, FileOps ops) {
        String name = loaded.path().getFileName().toString();
        String text;
        String basis;
        Optional<String> merged = disk.flatMap(BookFile::decode).flatMap(t -> onNewText(loaded, edited, t));
        if (merged.isPresent()) {
            text = merged.get();
            basis = "your changes applied to the new file";
        } else {
            try {
                text = BookWriter.apply(loaded.text(), loaded.book(), edited);
            } catch (BookEditException e) {
                return new SaveResult(Outcome.FAILED, loaded.path(), Optional.empty(), name
                        + " changed on disk and your edits cannot be written out: " + e.getMessage());
            }
            basis = "your changes applied to the version you loaded";
        }
        // absolute: "book.yaml" has no parent to make the temp file in (a deleted book opened by a relative
        // path, or a dangling symlink, gave a NullPointerException and no .conflict)
        Path conflict = target.toAbsolutePath().resolveSibling(target.getFileName() + ".conflict");
        try {
            Optional<Set<PosixFilePermission>> permissions = disk.isPresent() ? ops.permissions(target)
                    : Optional.empty();
            BookWriter.writeReplacing(ops, conflict, text.getBytes(StandardCharsets.UTF_8), permissions);
        } catch (IOException | RuntimeException e) {
            return BookWriter.failed(loaded.path(), name, e);
        }
        return new SaveResult(Outcome.CONFLICT, conflict, Optional.empty(), name + (disk.isPresent()
                ? " changed on disk since it was loaded, so it was not overwritten"
                : " is gone from disk (deleted, moved, or a link to nothing), so it was not recreated")
                + "; your version (" + basis + ") is in " + conflict);
    }

    private static Optional<String> onNewText(BookFile loaded, Book edited, String newText) {
        try {
            Book now = BookLoader.parse(newText, loaded.path().toString(), loaded.book().file());
            Book target = BookChange.applyAll(now, BookChange.between(loaded.book(), edited));
            return Optional.of(BookWriter.apply(newText, now, target));
        } catch (BookException | BookEditException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
