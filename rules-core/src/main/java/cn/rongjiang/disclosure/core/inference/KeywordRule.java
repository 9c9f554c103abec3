package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.model.Category;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the keyword table.
 *
 * @param keyword  the keyword as written in the table (trimmed); {@code *} matches every text
 * @param category the category the keyword points to, or {@code null} for a marker-only row
 * @param sets     item fields the row sets when it matches, in the order written, e.g.
 *                 {@code {"openForConsultation":"true","processInfo":"true"}}
 * @param line     the row's line in the table file, for messages
 */
public record KeywordRule(String keyword, Category category, Map<String, String> sets, int line) {

    public KeywordRule {
        // Keep the written order: Inference reports the fields in table order.
        sets = sets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sets));
    }
}
