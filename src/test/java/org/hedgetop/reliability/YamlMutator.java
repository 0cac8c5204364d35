package org.hedgetop.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token- and line-level mutations of a YAML document: the edits a careless hand or a broken tool makes
 * (a lost colon, a re-indented line, a pasted duplicate) plus every hazard of the YAML 1.1 world.
 */
final class YamlMutator {
    /** Scalars YAML 1.1 reads as something else, or that overflow, or that hide escapes. */
    static final List<String> HAZARD_SCALARS = List.of("ON", "on", "On", "OFF", "yes", "Yes", "no", "NO", "y", "n",
            "true", "False", "~", "null", "Null", "012", "0o12", "0x1F", "0b101", "-0x10", ".nan", ".NaN", ".inf",
            "-.inf", "+.Inf", "1e400", "-1e400", "1e-400", "1e308", "4.9e-324", "0", "-0", "-1", "+5", "1_000",
            "1,000", "1.5.5", "1__0", "_1", "1e", "0.", ".5", "1234567890123456789012345678901234567890",
            "-1234567890123456789012345678901234567890", "0.1234567890123456789012345678901234567890",
            "9223372036854775808", "-9223372036854775809", "2147483648", "\"\"", "''", "\"\\e]0;owned\\a\"",
            "\"\\e[2J\"", "\"\\u009b31m\"", "\"\\u202eLOS\"", "\"a\\0b\"", "\"\\x1b\"", "'it''s'", "\"\\ud800\"",
            "2026-02-30", "2026-13-01", "2026-1-1", "2026-11-01T25:00:00Z", "2026-11-01T00:00:00+14:00",
            "-999999999-01-01", "12:30", "1:20:00", "!!str 5", "!!float 1", "!!binary AAAA", "!x y", "&a 5", "*a",
            "[]", "{}", "[1, 2]", "{a: 1}", "|\n  text", ">-\n  folded", "'multi\n  line'", "SOL", "ETHUSDT",
            "\u00e9t\u00e9", "\ud83d\ude80", "\u0627\u0644", "x".repeat(300));
    /** Bits of syntax and characters YAML forbids or treats specially. */
    static final List<String> HAZARD_TOKENS = List.of("[", "]", "{", "}", ":", ": ", "-", "- ", ",", "?", "? ",
            "&a ", "*a", "<<", "<<: *a", "!!str ", "!", "|", ">", "#", "'", "\"", "%", "@", "`", "\\", "---",
            "...", "\t", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u0000", "\u0007", "\u001b",
            "\u001b]0;title\u0007", "\u001b[2J", "\u007f", "\u009b", "\u202e", "\u2066", "\u200b", "\u00ad",
            "\ud800", "\udfff", "\ufffe", "\uffff", "  ", "\n", "\n  ", "\n-", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n");
    /** Lines to drop in whole. */
    static final List<String> HAZARD_LINES = List.of("<<: {units: 5}", "x: &a [1, 2]", "y: *a", "<<: *a", "%YAML 1.1",
            "%YAML 1.2", "---", "...", "? [a, b]\n: c", "? |\n  k\n: v", "holdings: ", "hedges: ~", "settings: []",
            "name: " + "\u202e".repeat(3), "\tunits: 1", "  \t- token: X", "- token: X\n  units: 1e400",
            "feed: {source: replay}", "units: 012", "bell: ON", "token: 0x1F", "units: .nan", "!!map", "&anchor",
            "*alias", "# comment \u001b[2J", "a: b: c", "- - - -", "{", "[", "\"unterminated", "'unterminated");

    private static final Pattern TOKEN = Pattern.compile(
            "\\r\\n|\\n|[ ]+|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\n]|'')*'|#[^\\n]*|[A-Za-z0-9_.+\\-]+|.",
            Pattern.DOTALL);

    private YamlMutator() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Applies 1 to 6 random edits, each either on tokens or on whole lines. */
    static String mutate(String text, Random random) {
        String s = text;
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            s = random.nextInt(3) == 0 ? mutateLines(s, random) : mutateTokens(s, random);
        }
        return s;
    }

    private static String mutateTokens(String text, Random random) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return pick(HAZARD_TOKENS, random);
        }
        int at = random.nextInt(tokens.size());
        switch (random.nextInt(7)) {
            case 0 -> tokens.remove(at);
            case 1 -> tokens.add(at, tokens.get(at));
            case 2 -> {
                int other = random.nextInt(tokens.size());
                String t = tokens.get(at);
                tokens.set(at, tokens.get(other));
                tokens.set(other, t);
            }
            case 3 -> tokens.add(at, pick(HAZARD_TOKENS, random));
            case 4 -> tokens.set(at, pick(HAZARD_TOKENS, random));
            default -> replaceAScalar(tokens, at, random);
        }
        return String.join("", tokens);
    }

    /** Replaces the first word at or after {@code at} (a key or value) with a hazard scalar. */
    private static void replaceAScalar(List<String> tokens, int at, Random random) {
        for (int i = 0; i < tokens.size(); i++) {
            int k = (at + i) % tokens.size();
            char c = tokens.get(k).charAt(0);
            if (Character.isLetterOrDigit(c) || c == '"' || c == '\'' || c == '-' || c == '.') {
                tokens.set(k, pick(HAZARD_SCALARS, random));
                return;
            }
        }
    }

    private static String mutateLines(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(8)) {
            case 0 -> lines.add(at, line); // a pasted duplicate: duplicate keys or items
            case 1 -> lines.remove(at);
            case 2 -> lines.set(at, "  " + line);
            case 3 -> lines.set(at, line.replaceFirst("^ {1,2}", ""));
            case 4 -> lines.set(at, line.replaceFirst("^ ", "\t"));
            case 5 -> lines.add(at, indentOf(line) + pick(HAZARD_LINES, random));
            case 6 -> lines.set(at, line.replaceFirst("#.*$", ""));
            default -> {
                int other = random.nextInt(lines.size());
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
        }
        return String.join(random.nextInt(10) == 0 ? "\r\n" : "\n", lines);
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(0, i);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
