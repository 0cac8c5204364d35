package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken book under books/broken/ gives exactly the errors listed for it in expected.txt. */
class BrokenBooksTest {
    record Expected(int line, int column, String fragment) {
    }

    static Path folder() throws URISyntaxException {
        return Path.of(BrokenBooksTest.class.getResource("/books/broken/expected.txt").toURI()).getParent();
    }

    static Map<String, List<Expected>> table() throws IOException, URISyntaxException {
        Map<String, List<Expected>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder().resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ", 3);
            String[] at = parts[1].split(":");
            table.computeIfAbsent(parts[0], k -> new ArrayList<>())
                    .add(new Expected(Integer.parseInt(at[0]), Integer.parseInt(at[1]), parts[2]));
        }
        return table;
    }

    static Stream<Arguments> books() throws IOException, URISyntaxException {
        return table().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void reportsExactlyTheExpectedErrors(String name, List<Expected> expected) throws Exception {
        Path file = folder().resolve(name);
        BookException e = catchThrowableOfType(BookException.class, () -> BookLoader.load(file));
        assertThat(e).as("%s must not load", name).isNotNull();
        List<BookError> errors = e.errors();
        assertThat(errors).as("errors of %s: %s", name, errors).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            BookError error = errors.get(i);
            Expected want = expected.get(i);
            assertThat(error.line() + ":" + error.column()).as("position of %s", error).isEqualTo(
                    want.line() + ":" + want.column());
            assertThat(error.message()).contains(want.fragment());
            assertThat(error.file()).isEqualTo(file.toString());
            assertThat(error.toString()).isEqualTo(file + ":" + want.line() + ":" + want.column() + ": "
                    + error.message());
        }
    }

    @Test
    void everyBrokenFileHasExpectations() throws Exception {
        List<String> files;
        try (Stream<Path> list = Files.list(folder())) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void theExceptionMessageListsEveryErrorOnItsOwnLine() throws Exception {
        Path file = folder().resolve("choices.yaml");
        BookException e = catchThrowableOfType(BookException.class, () -> BookLoader.load(file));
        assertThat(e.getMessage().split("\n")).hasSize(6).allSatisfy(l -> assertThat(l).startsWith(file + ":"));
    }
}
