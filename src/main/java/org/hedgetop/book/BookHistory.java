package org.hedgetop.book;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Undo and redo of the edits made in the monitor ({@code u}, {@code Ctrl-R}), and whether the book in
 * memory differs from the file. Immutable: each operation returns a new history, so it can sit in the
 * monitor's immutable UI state. Every edit is a whole book (books are small and immutable), so "mark the
 * order executed" is just another edit and undoes like a target change.
 *
 * @param past     earlier books, oldest first
 * @param current  the book on screen
 * @param future   undone books, the next redo last
 * @param saved    the book the file holds (as loaded or last saved)
 */
public record BookHistory(List<Book> past, Book current, List<Book> future, Book saved) {
    /** Undo steps kept; older ones are forgotten. */
    public static final int LIMIT = 500;

    public BookHistory {
        past = List.copyOf(past);
        future = List.copyOf(future);
    }

    /** A fresh history for a book just read from its file. */
    public static BookHistory of(Book loaded) {
        return new BookHistory(List.of(), loaded, List.of(), loaded);
    }

    /** The history after an edit; an edit that changes no value is not recorded. Clears redo. */
    public BookHistory edit(Book edited) {
        if (BookWriter.sameContent(edited, current)) {
            return this;
        }
        List<Book> p = new ArrayList<>(past);
        p.add(current);
        if (p.size() > LIMIT) {
            p.remove(0);
        }
        return new BookHistory(p, edited, List.of(), saved);
    }

    public BookHistory edit(UnaryOperator<Book> change) {
        return edit(change.apply(current));
    }

    public boolean canUndo() {
        return !past.isEmpty();
    }

    public boolean canRedo() {
        return !future.isEmpty();
    }

    /** Back one edit; the same history when there is nothing to undo. */
    public BookHistory undo() {
        if (past.isEmpty()) {
            return this;
        }
        List<Book> p = new ArrayList<>(past);
        List<Book> f = new ArrayList<>(future);
        f.add(current);
        return new BookHistory(p, p.remove(p.size() - 1), f, saved);
    }

    /** Forward one undone edit; the same history when there is nothing to redo. */
    public BookHistory redo() {
        if (future.isEmpty()) {
            return this;
        }
        List<Book> p = new ArrayList<>(past);
        List<Book> f = new ArrayList<>(future);
        p.add(current);
        return new BookHistory(p, f.remove(f.size() - 1), f, saved);
    }

    /** True when the book on screen holds values the file does not (undoing back to the file clears it). */
    public boolean unsaved() {
        return !BookWriter.sameContent(current, saved);
    }

    /** After a successful save of {@code savedBook} (the re-read book, with fresh source positions). */
    public BookHistory saved(Book savedBook) {
        return new BookHistory(past, savedBook, future, savedBook);
    }

    /**
     * After the file changed on disk and was reloaded (only when there were no unsaved edits): the file is the
     * truth now, and undoing to a state from before the external edit would silently revert it on the next
     * save, so the history starts again.
     */
    public BookHistory reloaded(Book fromDisk) {
        return of(fromDisk);
    }

    /** What the next {@link #undo} would change, e.g. {@code sol-perp target_pct 55 -> 50}; empty when none. */
    public String undoLabel() {
        return past.isEmpty() ? "" : BookChange.summary(current, past.get(past.size() - 1));
    }

    /** What the next {@link #redo} would change; empty when none. */
    public String redoLabel() {
        return future.isEmpty() ? "" : BookChange.summary(current, future.get(future.size() - 1));
    }
}
