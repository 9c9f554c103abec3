package cn.rongjiang.disclosure.core.model;

import java.util.List;

/**
 * The category the decision used and where it came from; {@code keyword} and
 * {@code inferredFlags} are set only when it was inferred from the title or summary.
 */
public record CategoryInfo(Category value, CategorySource source, String keyword, List<String> inferredFlags) {

    public CategoryInfo {
        inferredFlags = inferredFlags == null ? List.of() : List.copyOf(inferredFlags);
    }

    /** The caller's own category, or none. */
    public static CategoryInfo given(Category category) {
        return category == null
                ? new CategoryInfo(null, CategorySource.NONE, null, List.of())
                : new CategoryInfo(category, CategorySource.GIVEN, null, List.of());
    }
}
