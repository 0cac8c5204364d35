package org.hedgetop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookFile;
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
        return Hedgetop.OK;
    }
}
