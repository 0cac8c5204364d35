package org.hedgetop.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.Book;

/**
 * Undo and redo of the edits made in the monitor. Books are immutable, so a stack of whole books is both
 * the simplest and an exact record: undo returns precisely the book before the edit.
 *
 * @param undo  books before each edit, most recent last
 * @param redo  books undone, most recent last
 */
public record EditHistory(List<Book> undo, List<Book> redo) {
    /** Enough for a long session; the oldest edits fall off first. */
    public static final int LIMIT = 200;

    public EditHistory {
        undo = List.copyOf(undo);
        redo = List.copyOf(redo);
    }

    public static EditHistory empty() {
        return new EditHistory(List.of(), List.of());
    }

    /** Records that {@code before} was replaced by an edit; a new edit forgets what was undone. */
    public EditHistory edited(Book before) {
        List<Book> u = new ArrayList<>(undo);
        u.add(before);
        if (u.size() > LIMIT) {
            u.remove(0);
        }
        return new EditHistory(u, List.of());
    }

    /** The book to go back to and the history after it, or empty when there is nothing to undo. */
    public Optional<Step> undo(Book current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        List<Book> u = new ArrayList<>(undo);
        Book back = u.remove(u.size() - 1);
        List<Book> r = new ArrayList<>(redo);
        r.add(current);
        return Optional.of(new Step(back, new EditHistory(u, r)));
    }

    public Optional<Step> redo(Book current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        List<Book> r = new ArrayList<>(redo);
        Book forward = r.remove(r.size() - 1);
        List<Book> u = new ArrayList<>(undo);
        u.add(current);
        return Optional.of(new Step(forward, new EditHistory(u, r)));
    }

    /** One undo or redo: the book to show and the history after the step. */
    public record Step(Book book, EditHistory history) {
    }
}
