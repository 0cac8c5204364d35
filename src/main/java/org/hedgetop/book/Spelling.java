package org.hedgetop.book;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys and values: edit distance on a normalised spelling. */
public final class Spelling {
    /** Longer words are never suggested against; this also bounds the quadratic distance. */
    private static final int MAX_WORD = 40;

    private Spelling() {
    }

    /**
     * The closest candidate, if it is close enough to be what the user meant: the same word up to case,
     * underscores and dashes, one a prefix of the other, or at most 1 edit apart (2 for words of 5+ letters, 0 for words of 1-2).
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word.length() > MAX_WORD) {
            return Optional.empty();
        }
        String w = normalise(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = normalise(candidate);
            int score;
            if (c.equals(w)) {
                score = 0;
            } else if (Math.min(w.length(), c.length()) >= 4 && (c.startsWith(w) || w.startsWith(c))) {
                score = 1;
            } else {
                int d = distance(w, c);
                int shorter = Math.min(w.length(), c.length());
                score = d <= (shorter >= 5 ? 2 : shorter >= 3 ? 1 : 0) ? d : Integer.MAX_VALUE;
            }
            if (score < bestDistance) {
                best = candidate;
                bestDistance = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean "PREFIX+X"?"} for the closest candidate X, or "" when none is close. */
    public static String didYouMean(String word, Collection<String> candidates, String prefix) {
        return closest(word, candidates).map(c -> "; did you mean \"" + prefix + c + "\"?").orElse("");
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
