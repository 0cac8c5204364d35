package org.hedgetop.book;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A book together with the exact text it was read from. Saving edits that text (comments and layout
 * survive) and checks it against the disk (someone else may have changed the file meanwhile), so the
 * monitor keeps this, not only the {@link Book}.
 *
 * @param path  the file as the user named it (may be a symlink)
 * @param text  the file's content, decoded as UTF-8, byte order mark included
 * @param book  the book read from {@code text}
 */
public record BookFile(Path path, String text, Book book) {
    /** Reads and validates the file. */
    public static BookFile read(Path path) throws IOException, BookException {
        byte[] bytes = RegularFile.readBook(path);
        Optional<String> text = decode(bytes);
        if (text.isEmpty()) {
            // The loader reports bad UTF-8 at its line and column.
            BookLoader.load(path);
            throw new BookException(List.of(new BookError(path.toString(), 0, 0, "the file is not valid UTF-8")));
        }
        return parse(path, text.get());
    }

    /** Validates {@code text} as the content of {@code path}. */
    public static BookFile parse(Path path, String text) throws BookException {
        return new BookFile(path, text, BookLoader.parse(text, path.toString(), Optional.of(path.toAbsolutePath())));
    }

    /** Strict UTF-8: a malformed file is not silently repaired (and later saved repaired). */
    static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the content as bytes, to recognise a file's content without keeping a second copy. */
    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }
}
