package org.hedgetop.book;

/**
 * An edit that cannot be written into the file safely (a structural change, a value in a form that cannot
 * be rewritten in place, or a result that would not read back as the edited book). Nothing was changed.
 */
public class BookEditException extends Exception {
    private static final long serialVersionUID = 1L;

    public BookEditException(String message) {
        super(message);
    }

    public BookEditException(String message, Throwable cause) {
        super(message, cause);
    }
}
