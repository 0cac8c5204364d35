package org.hedgetop.book;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The raw text of a portfolio file before YAML sees it: size limit, strict UTF-8, byte order mark,
 * characters YAML forbids, and tabs used for indentation. Each problem is located the way an editor
 * shows it (1-based line, column in code points).
 */
final class BookText {
    /** Files larger than this are refused before parsing. */
    static final int MAX_BYTES = 1 << 20;
    private static final int BOM = 0xFEFF;

    private BookText() {
    }

    /** Decodes strictly; malformed UTF-8 is reported at the line and column of the first bad byte. */
    static Optional<String> decode(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new SourcePos(1, 1), tooLarge(bytes.length));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
            problems.add(position(stripBom(before), stripBom(before).length()),
                    String.format("invalid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[offset] & 0xff));
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    /**
     * Checks text that is about to be parsed and returns it without a leading byte order mark. Reports
     * oversize text, characters YAML forbids (C0 controls other than tab and line breaks, DEL, C1,
     * lone surrogates) and tabs in indentation; empty when any was found.
     */
    static Optional<String> prepare(String text, Problems problems) {
        long bytes = utf8Length(text);
        if (bytes > MAX_BYTES) {
            problems.add(new SourcePos(1, 1), tooLarge(bytes));
            return Optional.empty();
        }
        String body = stripBom(text);
        boolean clean = true;
        int line = 1;
        int column = 1;
        boolean indent = true; // still in the leading blanks of the line
        int tabColumn = 0;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            if (isBreak(cp) && !(cp == '\r' && i < body.length() && body.charAt(i) == '\n')) {
                line++;
                column = 1;
                indent = true;
                tabColumn = 0;
                continue;
            }
            if (cp == '\r') {
                continue; // the '\n' of a CRLF ends the line
            }
            if (!StreamReader.isPrintable(cp)) {
                problems.add(new SourcePos(line, column), String.format(
                        "character U+%04X is not allowed in a YAML file; remove it", cp));
                clean = false;
            } else if (indent && cp == '\t') {
                tabColumn = tabColumn == 0 ? column : tabColumn;
            } else if (indent && cp != ' ') {
                indent = false;
                if (tabColumn > 0) { // SnakeYAML refuses a leading tab even before a comment
                    problems.add(new SourcePos(line, tabColumn), "tab used for indentation; indent with spaces");
                    clean = false;
                }
            }
            column++;
        }
        return clean ? Optional.of(body) : Optional.empty();
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Line and column of the code point at {@code index} (a char index), counting breaks as YAML does. */
    static SourcePos position(String text, int index) {
        int line = 1;
        int column = 1;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isBreak(cp) && !(cp == '\r' && i < text.length() && text.charAt(i) == '\n')) {
                line++;
                column = 1;
            } else if (cp != '\r') {
                column++;
            }
        }
        return new SourcePos(line, column);
    }

    /** Char index of the code point with the given code point index (SnakeYAML reports code point offsets). */
    static int charIndex(String text, int codePointIndex) {
        try {
            return text.offsetByCodePoints(0, codePointIndex);
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    private static boolean isBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String tooLarge(long bytes) {
        return String.format("file is too large (%,d bytes); a portfolio file may be at most 1 MiB", bytes);
    }
}
