package org.hedgetop.book;

import java.util.List;
import java.util.stream.Collectors;

/** A portfolio file that could not be loaded, with every problem found in it. */
public class BookException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<BookError> errors;

    public BookException(List<BookError> errors) {
        super(errors.stream().map(BookError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<BookError> errors() {
        return errors;
    }
}
