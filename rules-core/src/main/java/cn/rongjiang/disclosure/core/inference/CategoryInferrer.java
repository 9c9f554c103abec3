package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.model.Category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Infers an item's category from its title, then its summary, with the keyword table (contract §4).
 *
 * <p>How it decides:
 * <ol>
 *   <li>Both texts are normalised ({@link TitleNormalizer}). Among the rows with a category whose
 *       keyword occurs in the title, the longest keyword wins, then the earlier row. Only when no
 *       such row matches the title is the summary tried the same way. No category matched: only
 *       the markers of the title (rows without {@code onlyFor}) count, with a null category.</li>
 *   <li>Fields: every matching row with {@code sets} contributes, if its {@code onlyFor} is empty or
 *       equals the category just picked; the {@code *} row always matches with length 0. Markers
 *       are looked for in the title, and also in the summary when the category came from there.
 *       When several rows set the same field, the same order decides: longest keyword, then the
 *       earlier row. The fields come out in the table order of the rows that set them.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class CategoryInferrer {

    private static final Comparator<KeywordTable.Entry> PRECEDENCE = KeywordIndex.PRECEDENCE;

    private final KeywordIndex categoryRows;
    private final KeywordIndex settingRows;

    /** An inferrer over {@code table}. */
    public CategoryInferrer(KeywordTable table) {
        Objects.requireNonNull(table, "table");
        this.categoryRows = new KeywordIndex(
                table.entries().stream().filter(e -> e.rule().category() != null).toList());
        this.settingRows = new KeywordIndex(
                table.entries().stream().filter(e -> !e.rule().sets().isEmpty()).toList());
    }

    /**
     * The inferred category, keyword and fields. When no category keyword matches title or
     * summary but a marker matches the title (e.g. 讨论稿), the result has a null category and
     * keyword and carries the marker's fields; empty when nothing matches at all.
     */
    public Optional<Inference> infer(String title, String summary) {
        String normTitle = TitleNormalizer.normalize(title);
        KeywordTable.Entry winner = categoryRows.best(normTitle);
        String matchedIn = "title";
        String normSummary = null;
        if (winner == null) {
            // The summary is read (and normalised) only when the title names no category.
            normSummary = TitleNormalizer.normalize(summary);
            winner = categoryRows.best(normSummary);
            matchedIn = "summary";
        }
        if (winner == null) {
            // No category, but a draft marker in the title still counts: dropping it would lose
            // processInfo and could release a draft. Fail closed.
            Map<String, String> markers = sets(null, normTitle);
            return markers.isEmpty() ? Optional.empty() : Optional.of(new Inference(null, null, "title", markers));
        }
        Category category = winner.rule().category();
        // Markers read the title; the summary only when the category itself came from it.
        String markerText = matchedIn.equals("title") ? normTitle : normTitle + "\n" + normSummary;
        Map<String, String> sets = sets(category, markerText);
        return Optional.of(new Inference(category, winner.rule().keyword(), matchedIn, sets));
    }

    private Map<String, String> sets(Category category, String text) {
        // For each field, the row that decides it (longest keyword, then earlier row).
        Map<String, KeywordTable.Entry> decidedBy = new LinkedHashMap<>();
        settingRows.forEachMatch(text, e -> {
            if (e.onlyFor() == null || e.onlyFor() == category) {
                for (String field : e.rule().sets().keySet()) {
                    decidedBy.merge(field, e, (a, b) -> PRECEDENCE.compare(a, b) <= 0 ? a : b);
                }
            }
        });
        if (decidedBy.isEmpty()) {
            return Map.of();
        }
        // Report in table order: by the deciding row, then by the order written in that row.
        List<String> fields = new ArrayList<>(decidedBy.keySet());
        fields.sort(Comparator.comparingInt((String f) -> decidedBy.get(f).order())
                .thenComparingInt(f -> indexOf(decidedBy.get(f).rule().sets(), f)));
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, decidedBy.get(f).rule().sets().get(f));
        }
        return out;
    }

    private static int indexOf(Map<String, String> sets, String field) {
        return new ArrayList<>(sets.keySet()).indexOf(field);
    }
}
