package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.model.Category;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The category inferred for an item, and why.
 *
 * @param category  the category picked; null when only a marker (e.g. 讨论稿) matched
 * @param keyword   the keyword that picked it, as written in the table
 * @param matchedIn where that keyword was found: {@code "title"} or {@code "summary"}
 * @param sets      the item fields the matching markers set, in table order, e.g.
 *                  {@code {"assistanceType":"DIBAO","listStage":"APPROVED"}}; empty when none
 */
public record Inference(Category category, String keyword, String matchedIn, Map<String, String> sets) {

    public Inference {
        sets = sets == null || sets.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sets));
    }
}
