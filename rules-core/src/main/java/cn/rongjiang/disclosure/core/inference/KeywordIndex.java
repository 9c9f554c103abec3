package cn.rongjiang.disclosure.core.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The rows of a keyword table, found by the characters of a text instead of by trying every row:
 * a title of twenty characters looks at the few rows whose keyword starts with one of them,
 * not at all 350 rows. Answers exactly what "the keyword occurs in the text" answers.
 *
 * <p>Immutable and thread-safe.
 */
final class KeywordIndex {

    /** Longest keyword first, then the table's own order. */
    static final Comparator<KeywordTable.Entry> PRECEDENCE =
            Comparator.comparingInt(KeywordTable.Entry::length).reversed()
                    .thenComparingInt(KeywordTable.Entry::order);

    /**
     * The first characters of the keywords, sorted, and beside each its rows in precedence order.
     * Searched by char, not a map keyed by {@code Character}: a Chinese character is boxed anew on
     * every lookup, twenty objects for a twenty-character title.
     */
    private final char[] firstChars;
    private final KeywordTable.Entry[][] rowsByFirstChar;
    /** Rows that match every text (the {@code *} keyword). */
    private final List<KeywordTable.Entry> wildcards;

    KeywordIndex(List<KeywordTable.Entry> rows) {
        TreeMap<Character, List<KeywordTable.Entry>> grouped = new TreeMap<>();
        List<KeywordTable.Entry> always = new ArrayList<>();
        for (KeywordTable.Entry e : rows) {
            if (e.isWildcard()) {
                always.add(e);
            } else {
                grouped.computeIfAbsent(e.normalizedKeyword().charAt(0), c -> new ArrayList<>()).add(e);
            }
        }
        this.firstChars = new char[grouped.size()];
        this.rowsByFirstChar = new KeywordTable.Entry[grouped.size()][];
        int i = 0;
        for (Map.Entry<Character, List<KeywordTable.Entry>> group : grouped.entrySet()) {
            group.getValue().sort(PRECEDENCE);
            firstChars[i] = group.getKey();
            rowsByFirstChar[i] = group.getValue().toArray(KeywordTable.Entry[]::new);
            i++;
        }
        this.wildcards = List.copyOf(always);
    }

    /** The matching row of highest precedence, or null when none matches. */
    KeywordTable.Entry best(String text) {
        KeywordTable.Entry[] best = {null};
        forEachMatch(text, e -> best[0] = better(best[0], e));
        return best[0];
    }

    /** Calls {@code action} for every matching row, possibly more than once for a row that occurs twice. */
    void forEachMatch(String text, Consumer<KeywordTable.Entry> action) {
        wildcards.forEach(action);
        for (int i = 0; i < text.length(); i++) {
            int found = Arrays.binarySearch(firstChars, text.charAt(i));
            if (found < 0) {
                continue;
            }
            for (KeywordTable.Entry e : rowsByFirstChar[found]) {
                if (text.startsWith(e.normalizedKeyword(), i)) {
                    action.accept(e);
                }
            }
        }
    }

    private static KeywordTable.Entry better(KeywordTable.Entry a, KeywordTable.Entry b) {
        return a == null || PRECEDENCE.compare(b, a) < 0 ? b : a;
    }
}
