package cn.rongjiang.disclosure.core.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index must answer exactly what trying every row answers. */
class KeywordIndexTest {

    private final List<KeywordTable.Entry> rows = ShippedTable.load().entries();
    private final KeywordIndex index = new KeywordIndex(rows);

    @Test
    void findsTheSameBestRowAndTheSameMatchesAsAFullScan() {
        Random random = new Random(7);
        List<String> keywords = new ArrayList<>();
        for (KeywordTable.Entry e : rows) {
            if (!e.isWildcard()) {
                keywords.add(e.normalizedKeyword());
            }
        }
        for (int n = 0; n < 5_000; n++) {
            String text = randomText(random, keywords);
            assertThat(index.best(text)).as(text).isEqualTo(bestByScan(text));
            Set<KeywordTable.Entry> found = new HashSet<>();
            index.forEachMatch(text, found::add);
            assertThat(found).as(text).isEqualTo(matchesByScan(text));
        }
    }

    @Test
    void anEmptyTextMatchesOnlyTheWildcard() {
        assertThat(index.best("")).isEqualTo(bestByScan(""));
        Set<KeywordTable.Entry> found = new HashSet<>();
        index.forEachMatch("", found::add);
        assertThat(found).allMatch(KeywordTable.Entry::isWildcard);
    }

    /** Pieces of keywords (whole, cut short, or overlapping) between filler characters. */
    private static String randomText(Random random, List<String> keywords) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            String k = keywords.get(random.nextInt(keywords.size()));
            int from = random.nextInt(3) == 0 ? random.nextInt(k.length()) : 0;
            int to = random.nextInt(3) == 0 ? from + 1 + random.nextInt(k.length() - from) : k.length();
            text.append(k, from, to);
            if (random.nextBoolean()) {
                text.append("的年".charAt(random.nextInt(2)));
            }
        }
        return text.toString();
    }

    private KeywordTable.Entry bestByScan(String text) {
        KeywordTable.Entry best = null;
        for (KeywordTable.Entry e : rows) {
            if (e.matches(text) && (best == null || KeywordIndex.PRECEDENCE.compare(e, best) < 0)) {
                best = e;
            }
        }
        return best;
    }

    private Set<KeywordTable.Entry> matchesByScan(String text) {
        Set<KeywordTable.Entry> matches = new HashSet<>();
        for (KeywordTable.Entry e : rows) {
            if (e.matches(text)) {
                matches.add(e);
            }
        }
        return matches;
    }
}
