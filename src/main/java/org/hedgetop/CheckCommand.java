package org.hedgetop;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookError;
import org.hedgetop.book.BookException;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.BookPaths;
import org.hedgetop.book.Safe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hedgetop check [FILE]}: validates a portfolio file and prints every problem, one per line. */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Validate a portfolio file.",
        "Prints \"ok: N holdings, M hedges\" (exit 0), or every problem as FILE:LINE:COL: message on stderr (exit 2)."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "portfolio YAML file (default: the default book)")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = file != null ? file : BookPaths.defaultBook();
        try {
            Book book = BookLoader.load(target);
            int fills = book.hedges().stream().mapToInt(h -> h.fills().size()).sum();
            out.println("ok: " + book.holdings().size() + " holdings, " + book.hedges().size() + " hedges, " + fills
                    + (fills == 1 ? " fill" : " fills"));
            out.flush();
            return Hedgetop.OK;
        } catch (BookException e) {
            for (BookError error : e.errors()) {
                err.println(Safe.text(error.toString(), 1000));
            }
            err.flush();
            return Hedgetop.BAD_INPUT;
        } catch (IOException e) {
            err.println(file == null && !Files.exists(target) ? "hedgetop: " + BookPaths.describeMissing(target)
                    : "hedgetop: cannot read " + Safe.text(target.toString(), 500) + ": " + reason(e));
            err.flush();
            return Hedgetop.BAD_INPUT;
        }
    }

    /** A plain-words reason: Java's IOException messages are often just the path again. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("is a directory")) {
            return "it is a directory";
        }
        return Safe.text(message == null ? e.getClass().getSimpleName() : message, 300);
    }
}
