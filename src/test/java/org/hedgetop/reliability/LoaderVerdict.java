package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookBytes;
import org.hedgetop.book.BookError;
import org.hedgetop.book.BookException;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.book.SourcePos;
import org.hedgetop.text.Safe;

/**
 * The one rule every fuzzed portfolio must obey: the loader returns a sane {@link Book} or throws a
 * {@link BookException} whose errors point inside the document and say something printable - never
 * another exception, never a hang.
 */
final class LoaderVerdict {
    static final String NAME = "fuzz.yaml";

    /** Whether a case gave a book or errors, for tests that also check which. */
    record Outcome(Optional<Book> book, List<BookError> errors) {
        boolean loaded() {
            return book.isPresent();
        }

        String messages() {
            return String.join("\n", errors.stream().map(BookError::toString).toList());
        }
    }

    private LoaderVerdict() {
    }

    /** Loads {@code bytes} through a real file, as the user's book would be. */
    static Outcome ofFile(Path file, byte[] bytes) throws Exception {
        Files.write(file, bytes);
        return judge(new String(bytes, StandardCharsets.UTF_8), describe(bytes), () -> {
            try {
                return BookLoader.load(file);
            } catch (IOException e) {
                throw new AssertionError("reading a plain file failed", e);
            }
        });
    }

    /** Loads {@code bytes} the way {@link BookLoader#load} does after reading the file. */
    static Outcome ofBytes(byte[] bytes) throws Exception {
        // positions count code points of the text after the byte order mark; a lossy decode keeps every
        // character before the first bad byte, which is as far as an UTF-8 error may point
        String text = new String(bytes, StandardCharsets.UTF_8);
        return judge(text, describe(bytes), () -> BookBytes.fromBytes(bytes, NAME, Optional.empty()));
    }

    static Outcome ofText(String text) throws Exception {
        return judge(text, describe(text.getBytes(StandardCharsets.UTF_8)),
                () -> BookLoader.parse(text, NAME, Optional.empty()));
    }

    private static Outcome judge(String text, String what, Callable<Book> load) throws Exception {
        Book book;
        try {
            book = Hang.within(what, load);
        } catch (BookException e) {
            assertLocated(e.errors(), text, what);
            return new Outcome(Optional.empty(), e.errors());
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            return fail("the loader threw " + t + " for " + what, t);
        }
        assertSane(book, text, what);
        return new Outcome(Optional.of(book), List.of());
    }

    static void assertLocated(List<BookError> errors, String text, String what) {
        assertThat(errors).as("a BookException without errors for %s", what).isNotEmpty();
        List<Integer> lengths = lineLengths(text);
        for (BookError error : errors) {
            assertThat(error.line()).as("line of %s for %s", error, what).isBetween(1, lengths.size());
            assertThat(error.column()).as("column of %s for %s", error, what)
                    .isBetween(1, lengths.get(error.line() - 1) + 1);
            assertThat(error.message()).as("message of %s for %s", error, what).isNotBlank();
            assertPrintable(error.toString(), what);
        }
    }

    /** A message reaches the terminal as is (check prints it): no control, bidi or format characters. */
    static void assertPrintable(String message, String what) {
        message.codePoints().forEach(cp -> assertThat(Safe.isUnsafe(cp))
                .as("U+%04X in \"%s\" for %s", cp, message, what).isFalse());
    }

    private static void assertSane(Book book, String text, String what) {
        assertThat(book.holdings()).as("holdings of a loaded book for %s", what).isNotEmpty();
        List<Integer> lengths = lineLengths(text);
        for (Holding h : book.holdings()) {
            assertThat(h.units()).as("units for %s", what).isPositive().isFinite();
            assertThat(h.token()).as("token for %s", what).isNotBlank();
            h.stakingApyPct().ifPresent(apy -> assertThat(apy).isFinite());
            assertPrintable(h.token() + h.symbol() + h.sector().orElse(""), what);
            assertInside(h.location(), lengths, what);
        }
        for (Hedge h : book.hedges()) {
            assertThat(h.contractSize()).as("contract size for %s", what).isPositive().isFinite();
            assertThat(h.targetPct()).as("target for %s", what).isBetween(0.0, 300.0);
            assertThat(h.covers()).as("covers for %s", what).isNotEmpty()
                    .allSatisfy(token -> assertThat(book.holding(token)).isPresent());
            assertPrintable(h.id() + h.instrument() + h.underlying(), what);
            assertInside(h.location(), lengths, what);
        }
        assertThat(book.hedges().stream().map(Hedge::id).distinct().count()).isEqualTo(book.hedges().size());
        var s = book.settings();
        for (double v : new double[] {s.driftTolerancePct(), s.shockPct(), s.targetStepPct(),
                s.maintenanceMarginPct(), s.liquidationAlertPct()}) {
            assertThat(v).as("settings for %s", what).isFinite();
        }
        assertThat(book.feed().pollSeconds()).isPositive();
        assertThat(book.feed().window()).isPositive();
        assertPrintable(book.name(), what);
    }

    private static void assertInside(SourcePos pos, List<Integer> lengths, String what) {
        assertThat(pos.line()).as("position %s for %s", pos, what).isBetween(1, lengths.size());
        assertThat(pos.column()).as("position %s for %s", pos, what).isBetween(1, lengths.get(pos.line() - 1) + 1);
    }

    /**
     * Length in code points of every line of the text as the loader counts them: after a leading byte order
     * mark, lines end at LF, CR, CRLF, NEL, LS and PS. A text without a final break still has its last line.
     */
    static List<Integer> lineLengths(String text) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        List<Integer> lengths = new ArrayList<>();
        int column = 0;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            boolean crlf = cp == '\r' && i < body.length() && body.charAt(i) == '\n';
            if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || (cp == '\r' && !crlf)) {
                lengths.add(column);
                column = 0;
            } else if (cp != '\r') {
                column++;
            }
        }
        lengths.add(column);
        return lengths;
    }

    /** A short, printable picture of a failing input for the assertion message. */
    static String describe(byte[] bytes) {
        StringBuilder s = new StringBuilder().append(bytes.length).append(" bytes: ");
        for (int i = 0; i < Math.min(bytes.length, 300); i++) {
            int b = bytes[i] & 0xff;
            s.append(b >= 0x20 && b < 0x7f && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return bytes.length > 300 ? s.append("...").toString() : s.toString();
    }
}
