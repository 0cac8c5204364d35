package org.hedgetop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.hedgetop.book.BookError;
import org.hedgetop.book.BookException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookPaths;
import org.hedgetop.book.RegularFile;
import org.hedgetop.text.Safe;

/**
 * The one way a command loads its book or says why not. Every command (check, set, report, the monitor, and
 * those to come) calls {@link #load}, so the same problem reads the same everywhere, and everything that came
 * from the file or the file system passes through {@link Safe} before it reaches the terminal.
 */
final class BookArgument {
    private BookArgument() {
    }

    /**
     * Reads and validates the book named on the command line ({@code null}: the default book). On failure
     * prints why on {@code err} (the caller exits {@link Hedgetop#BAD_INPUT}) and returns empty:
     * a missing default book says how to start; a bad book lists every problem as FILE:LINE:COL: what;
     * an unreadable file says "cannot read FILE: reason".
     */
    static Optional<BookFile> load(Path named, PrintWriter err) {
        Path file = named != null ? named : BookPaths.defaultBook();
        try {
            if (named == null && !Files.exists(file)) {
                err.println("hedgetop: " + BookPaths.describeMissing(file));
                return Optional.empty();
            }
            return Optional.of(BookFile.read(file));
        } catch (BookException e) {
            for (BookError error : e.errors()) {
                err.println(Safe.text(error.toString(), 1000));
            }
        } catch (IOException e) {
            err.println("hedgetop: cannot read " + Safe.text(file.toString(), 500) + ": " + reason(e));
        } finally {
            err.flush();
        }
        return Optional.empty();
    }

    /** A plain-words reason: Java's IOException messages are often just the path again. */
    static String reason(IOException e) {
        if (e instanceof RegularFile.NotRegular n) {
            return n.getReason(); // a pipe or a device: what it is, in words
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        if (message != null && message.toLowerCase(Locale.ROOT).contains("is a directory")) {
            return "it is a directory";
        }
        return Safe.text(message == null ? e.getClass().getSimpleName() : message, 300);
    }
}
