package org.hedgetop.text;

/**
 * Makes text from outside (portfolio files, exchange responses) safe to draw or print: C0 and C1
 * control characters, DEL, and bidi / format characters are replaced with '?', and the length is capped.
 * An escape sequence in a symbol name must never reach the terminal.
 */
public final class Safe {
    private Safe() {
    }

    public static final int DEFAULT_MAX = 200;

    public static String text(String s) {
        return text(s, DEFAULT_MAX);
    }

    public static String text(String s, int maxCodePoints) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), maxCodePoints));
        int count = 0;
        int i = 0;
        while (i < s.length() && count < maxCodePoints) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            out.appendCodePoint(isUnsafe(cp) ? '?' : cp);
            count++;
        }
        if (i < s.length() && count > 0) {
            // cut: the last kept code point becomes '~' so the reader sees something is missing
            int last = out.codePointBefore(out.length());
            out.setLength(out.length() - Character.charCount(last));
            out.append('~');
        }
        return out.toString();
    }

    /** A token, instrument or hedge id from the book or the feed, made safe to print inside a sentence. */
    public static String name(String s) {
        return text(s, 40);
    }

    /** C0, DEL, C1, bidi embeddings/overrides/isolates, and other invisible format characters. */
    public static boolean isUnsafe(int cp) {
        if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
