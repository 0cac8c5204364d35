package org.hedgetop.book;

import java.nio.file.Path;
import java.util.Optional;
import org.hedgetop.text.Safe;

/**
 * What a save did, with a one-line message for the status bar (already passed through {@link org.hedgetop.text.Safe}).
 *
 * @param outcome  saved, nothing to save, conflict (the file was not overwritten) or failed
 * @param written  the file written: the book, {@code FILE.conflict}, or the book itself when nothing was written
 * @param saved    the new state of the file after SAVED or UNCHANGED: the baseline for the next save
 * @param message  one line saying what happened and why
 */
public record SaveResult(Outcome outcome, Path written, Optional<BookFile> saved, String message) {
    /** How a save ended. */
    public enum Outcome {
        /** The file now holds the edited book; the previous version is in {@code FILE.bak}. */
        SAVED,
        /** The file already held the edited book; nothing was written. */
        UNCHANGED,
        /** The file changed on disk since it was loaded; the edited book went to {@code FILE.conflict}. */
        CONFLICT,
        /** Nothing was written (or the conflict copy could not be written); the file is as it was. */
        FAILED
    }

    public SaveResult {
        message = Safe.text(message.replaceAll("\\s+", " ").trim(), 400);
    }

    /** True when the file on disk now holds the edited book. */
    public boolean ok() {
        return outcome == Outcome.SAVED || outcome == Outcome.UNCHANGED;
    }
}
