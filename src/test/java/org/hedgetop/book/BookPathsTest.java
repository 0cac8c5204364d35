package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookPathsTest {
    private static final Path HOME = Path.of("/home/trader");

    @Test
    void defaultBookFollowsXdgConfigHome() {
        assertThat(BookPaths.defaultBook(Map.of("XDG_CONFIG_HOME", "/cfg")::get, HOME))
                .isEqualTo(Path.of("/cfg/hedgetop/book.yaml"));
        assertThat(BookPaths.defaultBook(Map.<String, String>of()::get, HOME))
                .isEqualTo(Path.of("/home/trader/.config/hedgetop/book.yaml"));
        // empty or relative values are ignored, as the XDG specification says
        assertThat(BookPaths.defaultBook(Map.of("XDG_CONFIG_HOME", "")::get, HOME))
                .isEqualTo(Path.of("/home/trader/.config/hedgetop/book.yaml"));
        assertThat(BookPaths.defaultBook(Map.of("XDG_CONFIG_HOME", "rel/cfg")::get, HOME))
                .isEqualTo(Path.of("/home/trader/.config/hedgetop/book.yaml"));
    }

    @Test
    void stateDirFollowsXdgStateHome() {
        assertThat(BookPaths.stateDir(Map.of("XDG_STATE_HOME", "/st")::get, HOME)).isEqualTo(Path.of("/st/hedgetop"));
        assertThat(BookPaths.stateDir(Map.<String, String>of()::get, HOME))
                .isEqualTo(Path.of("/home/trader/.local/state/hedgetop"));
    }

    @Test
    void theRealDefaultsAreAbsolute() {
        assertThat(BookPaths.defaultBook()).isAbsolute().hasFileName("book.yaml");
        assertThat(BookPaths.stateDir()).isAbsolute().hasFileName("hedgetop");
    }

    @Test
    void describeMissingSaysWhereAndHowToStart() {
        String text = BookPaths.describeMissing(Path.of("/cfg/hedgetop/book.yaml"));
        assertThat(text).contains("/cfg/hedgetop/book.yaml").contains("does not exist")
                .contains("hedgetop init").contains("hedgetop portfolios/demo.yaml");
        assertThat(BookPaths.describeMissing(Path.of("/x/\u001b[2Jbook.yaml"))).doesNotContain("\u001b");
    }
}
