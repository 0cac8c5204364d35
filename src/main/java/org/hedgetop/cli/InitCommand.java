package org.hedgetop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.hedgetop.book.BookPaths;
import org.hedgetop.text.Safe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hedgetop init [FILE]}: writes a commented starter book; never overwrites anything. */
@Command(name = "init", mixinStandardHelpOptions = true, description = {
        "Write a commented starter book to FILE (default: the default book), creating its folders.",
        "An existing file is never overwritten."})
final class InitCommand implements Callable<Integer> {
    /** The starter book, kept as a resource so it is a real YAML file that tests load. */
    static final String STARTER = "/org/hedgetop/book/starter.yaml";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "where to write the book (default: $XDG_CONFIG_HOME/hedgetop/book.yaml)")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = file != null ? file : BookPaths.defaultBook();
        String shown = Safe.text(target.toString(), 500);
        if (Files.exists(target) || Files.isSymbolicLink(target)) {
            err.println("hedgetop: " + shown + " already exists; not overwriting it (choose another FILE)");
            err.flush();
            return Hedgetop.BAD_INPUT;
        }
        byte[] starter = starter();
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            err.println("hedgetop: cannot create the folder of " + shown + ": " + BookArgument.reason(e));
            err.flush();
            return Hedgetop.BAD_INPUT;
        }
        try {
            // CREATE_NEW: if the file appears between the check and now, fail rather than overwrite it
            Files.write(target, starter, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println("hedgetop: " + shown + " already exists; not overwriting it (choose another FILE)");
            err.flush();
            return Hedgetop.BAD_INPUT;
        } catch (IOException e) {
            err.println("hedgetop: cannot write " + shown + ": " + BookArgument.reason(e));
            err.flush();
            return Hedgetop.BAD_INPUT;
        }
        String suffix = file == null ? "" : " " + shown;
        out.println("wrote a starter book to " + shown);
        out.println("edit it (the comments explain every key), then check it: hedgetop check" + suffix);
        out.println("open the monitor: hedgetop" + suffix);
        out.flush();
        return Hedgetop.OK;
    }

    static byte[] starter() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IOException("the starter book is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
