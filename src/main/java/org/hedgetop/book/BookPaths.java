package org.hedgetop.book;

import java.nio.file.Path;
import java.util.function.Function;
import org.hedgetop.text.Safe;

/**
 * Where hedgetop keeps its files, following the XDG base directory convention: the default book in the
 * config directory, logs and other state in the state directory. A variable that is unset, empty or
 * relative is ignored, as the XDG specification asks.
 */
public final class BookPaths {
    private BookPaths() {
    }

    /** {@code $XDG_CONFIG_HOME/hedgetop/book.yaml}, else {@code ~/.config/hedgetop/book.yaml}. */
    public static Path defaultBook() {
        return defaultBook(System::getenv, home());
    }

    /** {@code $XDG_STATE_HOME/hedgetop}, else {@code ~/.local/state/hedgetop}. */
    public static Path stateDir() {
        return stateDir(System::getenv, home());
    }

    /** {@link #defaultBook()} for a given environment and home folder (for tests and embedding). */
    public static Path defaultBook(Function<String, String> env, Path home) {
        return base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("hedgetop").resolve("book.yaml");
    }

    /** {@link #stateDir()} for a given environment and home folder. */
    public static Path stateDir(Function<String, String> env, Path home) {
        return base(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("hedgetop");
    }

    /**
     * What to tell a user who ran {@code hedgetop} without a file when {@code book} (normally the default
     * book) does not exist: where it was looked for and how to start.
     */
    public static String describeMissing(Path book) {
        String where = Safe.text(book.toString(), 500);
        return "no portfolio file at " + where + " (the default book does not exist yet).\n"
                + "To start, run `hedgetop init` to write a commented starter book there, then edit it;\n"
                + "or open the demo: `hedgetop portfolios/demo.yaml`; or give any file: `hedgetop FILE`.";
    }

    private static Path base(Function<String, String> env, String variable, Path fallback) {
        String value = env.apply(variable);
        if (value != null && !value.isEmpty()) {
            try {
                Path path = Path.of(value);
                if (path.isAbsolute()) {
                    return path;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // an unusable variable is treated like an unset one
            }
        }
        return fallback;
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }
}
