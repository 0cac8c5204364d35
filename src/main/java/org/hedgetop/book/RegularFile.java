package org.hedgetop.book;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The only way hedgetop reads a book: a regular file (symlinks followed), at most a bounded number of
 * bytes. Opening a named pipe blocks until someone writes to it, and {@code /dev/zero} never ends, so
 * both are refused by their type, from a {@code stat} that does not block, before anything is opened;
 * and nothing larger than the limit is ever held in memory, whatever the size the file claims.
 */
public final class RegularFile {
    private RegularFile() {
    }

    /** Thrown for a path that exists but is not a regular file; its reason says what it is. */
    public static final class NotRegular extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotRegular(Path file, String reason) {
            super(file.toString(), null, reason);
        }
    }

    /** Throws {@link NotRegular} unless {@code file} (followed through symlinks) is a regular file. */
    public static BasicFileAttributes check(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            throw new NotRegular(file, a.isDirectory() ? "it is a directory"
                    : "it is " + kind(file) + ", not a regular file; hedgetop reads and writes regular files only");
        }
        return a;
    }

    /**
     * The content of a regular file, or its first {@code limit + 1} bytes when it is larger (so the caller
     * can say "too large" without the rest ever being read).
     */
    public static byte[] read(Path file, int limit) throws IOException {
        check(file);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit + 1);
        }
    }

    /** A book: at most the book size limit plus one byte. */
    public static byte[] readBook(Path file) throws IOException {
        return read(file, BookText.MAX_BYTES);
    }

    private static String kind(Path file) {
        try {
            Object type = Files.getAttribute(file, "unix:mode");
            int mode = type instanceof Integer m ? m : 0;
            switch (mode & 0170000) {
                case 0010000: return "a named pipe (FIFO)";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: return "a special file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
