package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.inference.CategoryInferrer;
import cn.rongjiang.disclosure.core.inference.Inference;
import cn.rongjiang.disclosure.core.model.AssistanceType;
import cn.rongjiang.disclosure.core.model.CategoryInfo;
import cn.rongjiang.disclosure.core.model.CategorySource;
import cn.rongjiang.disclosure.core.model.InternalAffairs;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ListStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes an item by category inference before the rules see it (contract §4): only when the
 * caller gave neither {@code category} nor {@code internalAffairs}, and never over a field the
 * caller gave. Flags are facts, keywords are guesses.
 */
final class Completion {
    /** The item the rules see, and how the decision reports its category. */
    record Result(Item item, CategoryInfo category) {
    }

    private Completion() {
    }

    /**
     * @param given the JSON names of the fields the caller sent; null means every field whose value
     *              differs from its default (all a Java caller's item can tell)
     */
    static Result complete(Item item, Set<String> given, CategoryInferrer inferrer) {
        boolean inferable = item.category() == null && !gave(item, given, "internalAffairs");
        if (!inferable || inferrer == null) {
            return new Result(item, CategoryInfo.given(item.category()));
        }
        Inference inference = inferrer.infer(item.title(), item.summary()).orElse(null);
        if (inference == null) {
            return new Result(item, CategoryInfo.given(null));
        }
        Item.Builder builder = item.toBuilder().category(inference.category());
        List<String> applied = new ArrayList<>();
        for (Map.Entry<String, String> set : inference.sets().entrySet()) {
            if (!gave(item, given, set.getKey()) && apply(builder, set.getKey(), set.getValue())) {
                applied.add(set.getKey() + "=" + set.getValue());
            }
        }
        Item completed = builder.build();
        CategoryInfo info = inference.category() == null
                ? new CategoryInfo(null, CategorySource.NONE, null, applied)
                : new CategoryInfo(inference.category(), CategorySource.INFERRED, inference.keyword(), applied);
        return new Result(completed, info);
    }

    /** Whether the caller gave {@code field}; without the list, a value other than the default counts as given. */
    private static boolean gave(Item item, Set<String> given, String field) {
        if (given != null) {
            return given.contains(field);
        }
        return switch (field) {
            case "internalAffairs" -> item.internalAffairs() != InternalAffairs.NONE;
            case "processInfo" -> item.processInfo();
            case "openForConsultation" -> item.openForConsultation();
            case "assistanceType" -> item.assistanceType() != null;
            case "listStage" -> item.listStage() != null;
            default -> false;
        };
    }

    /** Sets one field the keyword table may set; the table's loader has checked names and values. */
    private static boolean apply(Item.Builder builder, String field, String value) {
        switch (field) {
            case "processInfo" -> builder.processInfo(Boolean.parseBoolean(value));
            case "openForConsultation" -> builder.openForConsultation(Boolean.parseBoolean(value));
            case "assistanceType" -> builder.assistanceType(AssistanceType.valueOf(value));
            case "listStage" -> builder.listStage(ListStage.valueOf(value));
            default -> {
                return false;
            }
        }
        return true;
    }
}
