package org.hedgetop.book;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The versions of one book file seen in this session (as loaded, reloaded after external edits, saved),
 * so the monitor can save by books alone: {@code save(base, edited)} finds the text {@code base} was read
 * from and edits that. This matters after an external edit the monitor did not take because the user had
 * unsaved changes: the base is then the older version, the disk holds the newer one, and the save sees the
 * difference and writes {@code FILE.conflict} instead of silently reverting the external edit. Thread-safe:
 * the watcher thread adds versions, the monitor thread saves.
 */
public final class BookVersions {
    /** Versions kept; a base older than this many reloads is not found (the save then fails and says so). */
    private static final int KEPT = 16;

    private final Deque<BookFile> versions = new ArrayDeque<>();

    public BookVersions(BookFile initial) {
        versions.addFirst(initial);
    }

    /** A version read from disk (the watcher's {@link BookWatcher.Reloaded}). */
    public synchronized void seen(BookFile file) {
        versions.addFirst(file);
        while (versions.size() > KEPT) {
            versions.removeLast();
        }
    }

    /** The newest version seen or saved. */
    public synchronized BookFile latest() {
        return versions.peekFirst();
    }

    /** The newest version whose book holds the same values as {@code base}. */
    public synchronized Optional<BookFile> find(Book base) {
        return versions.stream().filter(f -> BookWriter.sameContent(f.book(), base)).findFirst();
    }

    /** {@link #save(Book, Book, boolean, FileOps, Consumer)} on the real file system, without a watcher. */
    public SaveResult save(Book base, Book edited, boolean toConflict) {
        return save(base, edited, toConflict, FileOps.SYSTEM, text -> { });
    }

    /**
     * Saves {@code edited}, made from {@code base}, into the file.
     *
     * @param toConflict   write {@code FILE.conflict} and leave the file alone (the caller knows it changed)
     * @param beforeWrite  e.g. {@code watcher::expect}, so our own save is not reported as an external edit
     */
    public SaveResult save(Book base, Book edited, boolean toConflict, FileOps ops, Consumer<String> beforeWrite) {
        Optional<BookFile> from = find(base);
        if (from.isEmpty()) {
            BookFile newest = latest();
            return new SaveResult(SaveResult.Outcome.FAILED, newest.path(), Optional.empty(), "not saved: the version of "
                    + newest.path().getFileName() + " your edits start from is no longer known; your edits are kept"
                    + " in memory");
        }
        SaveResult result = toConflict ? BookWriter.saveConflictCopy(from.get(), edited, ops)
                : BookWriter.save(from.get(), edited, ops, beforeWrite);
        result.saved().ifPresent(this::seen);
        return result;
    }
}
