package org.hedgetop.tui;

import org.hedgetop.book.Book;

/** What an update asks the monitor to do outside the state: files, the poller. */
public sealed interface Effect {
    /**
     * Write the edits to the file.
     *
     * @param base        the book as the file holds it (what the surgical writer edits from)
     * @param edited      the book to write
     * @param toConflict  the file changed on disk meanwhile: write FILE.conflict, never the file
     */
    record Save(Book base, Book edited, boolean toConflict) implements Effect {
    }

    /** Poll a new source for {@code book} (its request or feed changed); its snapshots carry {@code generation}. */
    record SwitchSource(Book book, long generation) implements Effect {
    }

    /** Repaint every cell (Ctrl-L, or back from a suspend): the terminal may hold something else now. */
    record Repaint() implements Effect {
    }

    /** Pause or resume polling. */
    record Pause(boolean paused) implements Effect {
    }

    /** Move a replay's clock by {@code by} (negative: back), or to its start when {@code restart}. */
    record Seek(java.time.Duration by, boolean restart) implements Effect {
    }

    /** The user acknowledged the alert of {@code subject}: no bell and no notification until it clears. */
    record Acknowledge(String subject) implements Effect {
    }

    /** The user snoozed the alert of {@code subject} for an hour. */
    record Snooze(String subject) implements Effect {
    }

    /**
     * Make the fills agree with the account's trades (DOMAIN.md section 8) and write the file, off the monitor
     * thread; the result comes back as {@link Event.Synced}.
     *
     * @param base  the book as the file holds it (no unsaved edits: the sync key asks for none)
     */
    record Sync(Book base) implements Effect {
    }
}
