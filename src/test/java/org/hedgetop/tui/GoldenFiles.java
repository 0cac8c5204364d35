package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Golden screen files under src/test/resources/screens. Run the tests with
 * {@code -Dhedgetop.updateGoldens=true} to write them anew, then review the diff before committing.
 */
final class GoldenFiles {
    private GoldenFiles() {
    }

    static final Path DIR = Path.of("src", "test", "resources", "screens");

    static void assertMatches(String name, VirtualScreen screen) {
        Path file = DIR.resolve(name + ".txt");
        String actual = screen.golden();
        try {
            if (Boolean.getBoolean("hedgetop.updateGoldens")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("no golden file " + file + "; run with -Dhedgetop.updateGoldens=true to create it");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            diff(expected, actual).ifPresent(d -> fail(file + " differs: " + d + "\n--- actual screen ---\n"
                    + screen.screenText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first difference of two golden texts, by line and column; empty when they are equal. */
    static Optional<String> diff(String expected, String actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                int col = 0;
                while (col < Math.min(e[i].length(), a[i].length()) && e[i].charAt(col) == a[i].charAt(col)) {
                    col++;
                }
                return Optional.of("line " + (i + 1) + " column " + (col + 1) + "\n expected: " + e[i]
                        + "\n   actual: " + a[i]);
            }
        }
        return Optional.of("line count " + e.length + " expected, " + a.length + " actual");
    }
}
