package org.hedgetop.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of an exchange's JSON body: values swapped for the numbers and words that break naive
 * parsers (NaN, Infinity, 0, negatives, 1e400, hex, empty strings, nulls, nested objects), fields and
 * punctuation dropped or doubled, bodies cut short, and whole-body replacements (HTML error pages,
 * a proxy's plain text, deep nesting, huge numbers).
 */
final class JsonMutator {
    static final List<String> HAZARD_VALUES = List.of("\"NaN\"", "NaN", "\"Infinity\"", "Infinity", "\"-Infinity\"",
            "\"0\"", "0", "\"-0\"", "-0.0", "\"-1\"", "-150.5", "\"1e400\"", "1e400", "-1e400", "\"1e-400\"", "1e-400",
            "\"0x1F\"", "\"0x1p3\"", "\"\"", "\" \"", "\" 5\"", "\"5 \"", "\"1,5\"", "\"1_000\"", "null", "true",
            "false", "[]", "{}", "[1]", "{\"a\":1}", "\"abc\"", "\"\\u001b]0;x\\u0007\"", "\"\\u001b[2J\"",
            "\"\\u009b\"", "\"\\u202e\"", "\"1234567890123456789012345678901234567890\"",
            "1234567890123456789012345678901234567890", "9223372036854775808", "-9223372036854775809",
            "\"9999999999999999999\"", "4.9e-324", "1.7976931348623157e308", "\"+5\"", "\".5\"", "\"5.\"",
            "\"0.0000000001\"", "1e15", "-1");
    static final List<String> HAZARD_TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "/*", "//",
            "\u0000", "\u001b", "\ufeff", "'", "NaN", "\n", " ");
    static final List<String> WHOLE_BODIES = List.of("", " ", "null", "0", "\"ok\"", "[]", "{}", "[[]]", "[{}]",
            "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", "{\"code\":-1003,\"msg\":\"Too many requests\"}",
            "{\"retCode\":10006,\"retMsg\":\"Too many visits!\",\"result\":{}}",
            "{\"retCode\":\"0\",\"retMsg\":\"OK\",\"result\":{\"list\":null}}",
            "{\"retCode\":0,\"result\":{\"list\":[null, 1, \"x\", []]}}",
            "<html><body><h1>502 Bad Gateway</h1></body></html>", "<!DOCTYPE html><title>Access denied</title>",
            "upstream connect error or disconnect/reset before headers", "\u001b]0;owned\u0007{\"code\":0}",
            "[" .repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "[" + "9".repeat(5000) + "]", "[{\"symbol\":\"" + "S".repeat(100_000) + "\",\"price\":\"1\"}]",
            "[{\"symbol\":\"X\",\"price\":\"1\"}] trailing", "[{\"symbol\":\"X\",\"price\":\"1\"}][]");

    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|true|false|null|\\s+|.", Pattern.DOTALL);

    private JsonMutator() {
    }

    static String mutate(String body, Random random) {
        if (random.nextInt(25) == 0) {
            return YamlMutator.pick(WHOLE_BODIES, random);
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(body);
        while (m.find()) {
            tokens.add(m.group());
        }
        int edits = 1 + random.nextInt(5);
        for (int i = 0; i < edits && !tokens.isEmpty(); i++) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(9)) {
                case 0, 1, 2 -> replaceAValue(tokens, at, random);
                case 3 -> tokens.remove(at);
                case 4 -> tokens.add(at, tokens.get(at));
                case 5 -> tokens.add(at, YamlMutator.pick(HAZARD_TOKENS, random));
                case 6 -> tokens.subList(at, tokens.size()).clear(); // cut short mid-transfer
                case 7 -> removeAField(tokens, at);
                default -> {
                    int other = random.nextInt(tokens.size());
                    String t = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, t);
                }
            }
        }
        return String.join("", tokens);
    }

    /** Replaces the first value (a string or number not followed by ':') at or after {@code at}. */
    private static void replaceAValue(List<String> tokens, int at, Random random) {
        for (int i = 0; i < tokens.size(); i++) {
            int k = (at + i) % tokens.size();
            String t = tokens.get(k);
            if ((t.startsWith("\"") || t.matches("-?\\d.*")) && !isKey(tokens, k)) {
                tokens.set(k, YamlMutator.pick(HAZARD_VALUES, random));
                return;
            }
        }
    }

    /** Drops a {@code "key": value} pair (value as a single token) starting from the first key after {@code at}. */
    private static void removeAField(List<String> tokens, int at) {
        for (int k = at; k < tokens.size(); k++) {
            if (tokens.get(k).startsWith("\"") && isKey(tokens, k)) {
                int end = k + 1;
                while (end < tokens.size() && !tokens.get(end).equals(",") && !tokens.get(end).equals("}")) {
                    end++;
                }
                if (end < tokens.size() && tokens.get(end).equals(",")) {
                    end++;
                }
                tokens.subList(k, end).clear();
                return;
            }
        }
    }

    private static boolean isKey(List<String> tokens, int k) {
        for (int j = k + 1; j < tokens.size(); j++) {
            if (!tokens.get(j).isBlank()) {
                return tokens.get(j).equals(":");
            }
        }
        return false;
    }
}
