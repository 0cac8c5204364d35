package org.hedgetop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hedgetop.account.AccountException;
import org.hedgetop.account.Accounts;
import org.hedgetop.account.BookSync;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookWriter;
import org.hedgetop.book.SaveResult;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.text.Safe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hedgetop sync FILE [--dry-run]}: makes each hedge's fills agree with the account's trades (DOMAIN.md
 * section 8) with the surgical, verified, atomic save of {@code set} and {@code fill}; every fill added or
 * removed is printed. The key is checked first, as for every command that reads the account.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, description = {
        "Make the hedges' fills agree with the account's trades (read-only; needs account: in the book).",
        "Adds every trade whose id the fills lack; removes fills without id inside the span the account's",
        "history covers; older fills stay. Comments and layout stay; the previous file is kept as FILE.bak."},
        footer = {"", "Example: hedgetop sync book.yaml --dry-run",
                "Exit codes: 0 synced (or nothing to do), 1 account not readable or file not written, "
                        + "2 bad file, refused key, or a hedge that cannot be synced."})
final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "portfolio YAML file")
    Path file;

    @Option(names = "--dry-run", description = "print what would change, write nothing")
    boolean dryRun;

    /** The account's HTTP options; null: the process environment and the shared client (tests set a stand-in). */
    LiveOptions accountOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return sync(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int sync(PrintWriter out, PrintWriter err) {
        Optional<BookFile> read = BookArgument.load(file, err);
        if (read.isEmpty()) {
            return Hedgetop.BAD_INPUT;
        }
        BookFile loaded = read.get();
        Book book = loaded.book();
        if (book.account().isEmpty()) {
            err.println("hedgetop: " + Safe.text(file.toString(), 500)
                    + " has no account: section; sync reads the account's trades (see docs/accounts.md)");
            return Hedgetop.BAD_INPUT;
        }
        LiveOptions options = accountOptions != null ? accountOptions : LiveOptions.defaults(m -> { });
        Optional<Accounts.Checked> checked;
        try {
            checked = AccountStep.check(book, options, err);
        } catch (AccountStep.Refused e) {
            err.println("hedgetop: " + e.getMessage());
            return Hedgetop.BAD_INPUT;
        }
        if (checked.isEmpty()) {
            return Hedgetop.FAILURE; // AccountStep said why
        }
        BookSync sync;
        try {
            sync = BookSync.run(checked.get().account(), book, options.clock().instant());
            BookWriter.apply(loaded.text(), book, sync.edited());
        } catch (BookEditException e) {
            err.println("hedgetop: " + Safe.text(e.getMessage(), 1000));
            return Hedgetop.BAD_INPUT;
        } catch (AccountException e) {
            err.println("hedgetop: account " + book.account().get().venue() + " not read: "
                    + Safe.text(e.getMessage(), 300));
            return e.refusesStart() ? Hedgetop.BAD_INPUT : Hedgetop.FAILURE;
        }
        sync.lines().forEach(line -> out.println(Safe.text(line, 1000)));
        if (dryRun) {
            out.println("dry run: " + Safe.text(file.toString(), 500) + " not written");
            return Hedgetop.OK;
        }
        if (!sync.changes()) {
            return Hedgetop.OK;
        }
        SaveResult result = BookWriter.save(loaded, sync.edited());
        if (!result.ok()) {
            err.println("hedgetop: " + result.message());
            return Hedgetop.FAILURE;
        }
        out.println(result.message());
        return Hedgetop.OK;
    }
}
