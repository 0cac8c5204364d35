package org.hedgetop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.Hedge;
import org.hedgetop.text.Safe;
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
        Optional<BookFile> loaded = BookArgument.load(file, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Hedgetop.BAD_INPUT;
        }
        Book book = loaded.get().book();
        int fills = book.hedges().stream().mapToInt(h -> h.fills().size()).sum();
        out.println("ok: " + book.holdings().size() + " holdings, " + book.hedges().size() + " hedges, " + fills
                + (fills == 1 ? " fill" : " fills"));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Hedge h : book.hedges()) {
            if (h.position() > 0) {
                // valid YAML and a valid number, but a long "hedge" adds to the exposure it should offset
                err.println(Safe.text(loaded.get().path() + ":" + h.location().line() + ":" + h.location().column()
                        + ": warning: hedge \"" + h.id() + "\" is long (position +" + h.position() + "); a hedge is"
                        + " short: write position: -" + h.position(), 1000));
            }
        }
        err.flush();
        return Hedgetop.OK;
    }
}
