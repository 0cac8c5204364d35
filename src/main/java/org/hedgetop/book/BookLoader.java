package org.hedgetop.book;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads and validates a portfolio file (the format is documented in docs/portfolio-format.md).
 *
 * <p>Every problem in the file is reported, not just the first, each with its line and column:
 * {@code book.yaml:14:17: target_pct must be a number from 0 to 300, got "yes"}. Steps: size limit
 * (1 MiB) and strict UTF-8; forbidden characters and tab indentation; YAML syntax (a syntax error stops
 * there); anchors, aliases, tags, merge keys, duplicate keys and nesting depth; then every key of the
 * book. Scalars are read as text and converted by the book's own strict rules, so YAML 1.1 surprises
 * ({@code yes} = true, {@code 012} = 10, {@code .inf}) cannot slip in.
 */
public final class BookLoader {
    private BookLoader() {
    }

    /**
     * Reads and validates {@code file}; errors name it as given.
     *
     * @throws IOException   when the file cannot be read (missing, a directory, no permission)
     * @throws BookException with every problem found, sorted by position
     */
    public static Book load(Path file) throws IOException, BookException {
        return fromBytes(readCapped(file), file.toString(), Optional.of(file));
    }

    /**
     * The file's bytes, one past the size limit at most: a huge file is refused, not held; a pipe or a
     * device is refused by its type before it is opened ({@link RegularFile}).
     */
    static byte[] readCapped(Path file) throws IOException {
        return RegularFile.readBook(file);
    }

    /** The bytes of a file: size limit and strict UTF-8 first, then {@link #parse}. */
    static Book fromBytes(byte[] bytes, String fileName, Optional<Path> file) throws BookException {
        Problems problems = new Problems(fileName);
        Optional<String> text = BookText.decode(bytes, problems);
        problems.throwIfAny();
        return parse(text.orElseThrow(), fileName, file);
    }

    /**
     * Validates portfolio text.
     *
     * @param fileName the name used in error messages
     * @param file     where the text came from: relative {@code feed.file} paths resolve against its folder,
     *                 and it becomes {@link Book#file()}; empty for text that has no file
     * @throws BookException with every problem found, sorted by position
     */
    public static Book parse(String text, String fileName, Optional<Path> file) throws BookException {
        Problems problems = new Problems(fileName);
        Optional<String> body = BookText.prepare(text, problems);
        problems.throwIfAny();
        Optional<YamlNode> root = YamlTree.read(body.orElseThrow(), problems);
        if (root.isEmpty() || root.get() instanceof YamlNode.Scalar s && s.isNull()) {
            if (problems.isEmpty()) {
                problems.add(new SourcePos(1, 1), "empty file: a portfolio needs at least holdings");
            }
            throw problems.exception();
        }
        Optional<Book> book = BookReader.read(root.get(), fileName, file, problems);
        problems.throwIfAny();
        return book.orElseThrow();
    }
}
