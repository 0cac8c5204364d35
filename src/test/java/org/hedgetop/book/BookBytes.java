package org.hedgetop.book;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Test bridge to the loader's byte entry point (what {@link BookLoader#load} runs after reading the file),
 * so byte-level fuzzing needs no file write per case.
 */
public final class BookBytes {
    private BookBytes() {
    }

    public static Book fromBytes(byte[] bytes, String fileName, Optional<Path> file) throws BookException {
        return BookLoader.fromBytes(bytes, fileName, file);
    }
}
