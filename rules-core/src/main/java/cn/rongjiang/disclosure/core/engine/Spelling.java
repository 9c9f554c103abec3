package cn.rongjiang.disclosure.core.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known name someone probably meant when they misspelt one (a field, an enum value). */
public final class Spelling {
    private Spelling() {
    }

    /** The nearest of {@code known} to {@code wrong} by edit distance, if it is near enough to be a typo. */
    public static Optional<String> nearest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase();
        int limit = Math.max(2, wrong.length() / 3);
        return known.stream()
                .filter(k -> distance(k.toLowerCase(), w) <= limit)
                .min(Comparator.comparingInt(k -> distance(k.toLowerCase(), w)));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
