package org.hedgetop.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found in one portfolio file, so the user can fix them all in one pass.
 * A fuzzed or pathological file could produce thousands; past {@link #MAX} we stop collecting and say so.
 */
final class Problems {
    static final int MAX = 100;

    private final String file;
    private final List<BookError> errors = new ArrayList<>();
    private int dropped;

    Problems(String file) {
        this.file = file;
    }

    void add(SourcePos pos, String message) {
        if (errors.size() >= MAX) {
            dropped++;
            return;
        }
        errors.add(new BookError(file, pos.line(), pos.column(), message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() throws BookException {
        if (!errors.isEmpty()) {
            throw exception();
        }
    }

    /** Every error sorted by position (stable, so errors at the same spot keep the order they were found in). */
    BookException exception() {
        List<BookError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(BookError::line).thenComparingInt(BookError::column));
        if (dropped > 0) {
            BookError last = sorted.get(sorted.size() - 1);
            sorted.add(new BookError(file, last.line(), last.column(),
                    "too many errors: " + dropped + " more not shown"));
        }
        return new BookException(sorted);
    }
}
