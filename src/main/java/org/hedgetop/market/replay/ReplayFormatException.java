package org.hedgetop.market.replay;

import java.util.List;
import java.util.stream.Collectors;
import org.hedgetop.book.BookError;

/**
 * A replay CSV that cannot be used: missing, unreadable, or with bad rows. Each problem is located as
 * {@code FILE:LINE:COL: message} (line 0 when the problem is the whole file). Unchecked, like the
 * other "bad input" errors of {@code cli.Sources#open}; the command line exits with 2.
 */
public class ReplayFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<BookError> errors;

    public ReplayFormatException(List<BookError> errors) {
        super(errors.stream().map(BookError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<BookError> errors() {
        return errors;
    }
}
