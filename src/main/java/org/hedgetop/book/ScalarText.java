package org.hedgetop.book;

import java.util.regex.Pattern;

/** How a new value is spelled in YAML so that it reads back as exactly that value. */
final class ScalarText {
    /** A plain scalar that YAML reads back as the same string in block and flow context. */
    private static final Pattern SAFE_PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N} _./()+-]*[\\p{L}\\p{N}_./)+-]|[\\p{L}_]");
    /** Words YAML 1.1 reads as booleans, null or special numbers. */
    private static final Pattern YAML11_WORD = Pattern.compile(
            "(?i)y|n|yes|no|on|off|true|false|null|~|\\.nan|\\.inf");

    private ScalarText() {
    }

    /** A new or plain value: numbers, labels and dates plain, strings plain only where that reads back the same. */
    static String render(Object value) {
        String plain = BookChange.plain(value);
        if (value instanceof String && (!SAFE_PLAIN.matcher(plain).matches() || YAML11_WORD.matcher(plain).matches())) {
            return doubleQuoted(plain);
        }
        return plain;
    }

    static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029
                            || cp == 0xfeff) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
