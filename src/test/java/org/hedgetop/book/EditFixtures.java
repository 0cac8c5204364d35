package org.hedgetop.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.BookChange.Scope;

/** Helpers shared by the editing tests: golden files, books with a value set, books without positions. */
final class EditFixtures {
    private EditFixtures() {
    }

    static final List<String> GOLDEN = List.of("01-comments", "02-flow", "03-quoted", "04-crlf", "05-bom",
            "06-missing-keys", "07-unicode", "08-inline-comment", "09-document-markers", "10-indent4-nested",
            "11-unindented-seq", "12-null-values");

    static byte[] bytes(String resource) {
        try (InputStream in = EditFixtures.class.getResourceAsStream("/edit/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource edit/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text exactly, byte order mark included. */
    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static Book parse(String text) {
        try {
            return BookLoader.parse(text, "book.yaml", Optional.empty());
        } catch (BookException e) {
            throw new AssertionError("fixture does not load:\n" + e.getMessage(), e);
        }
    }

    static Book hedge(Book book, String id, String key, Object value) {
        return set(book, Scope.HEDGE, id, key, value);
    }

    static Book settings(Book book, String key, Object value) {
        return set(book, Scope.SETTINGS, "", key, value);
    }

    static Book set(Book book, Scope scope, String owner, String key, Object value) {
        try {
            return new BookChange(scope, owner, key, Optional.empty(), Optional.of(value)).applyTo(book);
        } catch (BookEditException e) {
            throw new AssertionError(e);
        }
    }

    /** The book with every source position cleared: what "the same book" means after an edit moved lines. */
    static Book withoutPositions(Book b) {
        return new Book(b.file(), b.name(), b.quote(), b.feed(),
                b.holdings().stream().map(h -> new Holding(h.token(), h.units(), h.sector(), h.stakingApyPct(),
                        h.symbol(), SourcePos.NONE)).toList(),
                b.hedges().stream().map(h -> new Hedge(h.id(), h.covers(), h.instrument(), h.underlying(), h.type(),
                        h.expiry(), h.contractSize(), h.targetPct(), h.ratio(), h.position(), h.entryPrice(),
                        h.opened(), h.leverage(), h.exit(), SourcePos.NONE)).toList(),
                b.settings());
    }
}
