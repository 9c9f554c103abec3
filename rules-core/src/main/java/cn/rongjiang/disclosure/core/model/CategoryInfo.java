package cn.rongjiang.disclosure.core.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The category the decision used and where it came from; {@code keyword} and
 * {@code inferredFlags} are set only when it was inferred from the title or summary.
 */
public record CategoryInfo(Category value, CategorySource source, String keyword, List<String> inferredFlags) {

    public CategoryInfo {
        inferredFlags = inferredFlags == null ? List.of() : List.copyOf(inferredFlags);
    }

    private static final CategoryInfo NONE = new CategoryInfo(null, CategorySource.NONE, null, List.of());
    private static final Map<Category, CategoryInfo> GIVEN = new EnumMap<>(Category.class);

    static {
        for (Category c : Category.values()) {
            GIVEN.put(c, new CategoryInfo(c, CategorySource.GIVEN, null, List.of()));
        }
    }

    /** The caller's own category, or none (shared instances: the record is immutable). */
    public static CategoryInfo given(Category category) {
        return category == null ? NONE : GIVEN.get(category);
    }
}
