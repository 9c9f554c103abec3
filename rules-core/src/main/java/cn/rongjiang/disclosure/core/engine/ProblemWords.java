package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.json.FieldNames;
import cn.rongjiang.disclosure.core.model.Labelled;
import java.util.Arrays;
import java.util.Optional;

/**
 * The commonest rule-check problems, worded for policy staff: the English sentence stays first (logs
 * and existing tools read it), then the same in Chinese, then a stable code in brackets
 * ({@code [UNKNOWN_FIELD]}) that tools can match whatever the wording becomes.
 */
final class ProblemWords {
    static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    static final String UNKNOWN_VALUE = "UNKNOWN_VALUE";
    static final String UNKNOWN_PLACEHOLDER = "UNKNOWN_PLACEHOLDER";

    private ProblemWords() {
    }

    /** {@code unknown field `x` of Item; did you mean `personalInfoFields`? · 未知字段 x，您是否想写 personalInfoFields（个人信息种类）？ [UNKNOWN_FIELD]}. */
    static String unknownField(String wrong, String type, Optional<String> near) {
        return "unknown field `" + wrong + "` of " + type + near.map(f -> "; did you mean `" + f + "`?").orElse("")
                + " · 未知字段 " + wrong + near.map(f -> "，您是否想写 " + FieldNames.both(f) + "？").orElse("")
                + code(UNKNOWN_FIELD);
    }

    /** An enum value that does not exist, with the nearest one and its Chinese label. */
    static String unknownValue(Class<?> type, String wrong, Optional<String> near) {
        String simple = type.getSimpleName();
        return "`" + simple + "." + wrong + "` is not a value of " + simple
                + near.map(n -> "; did you mean `" + simple + "." + n + "`?").orElse("")
                + " · " + simple + " 没有 " + wrong + " 这个取值"
                + near.map(n -> "，您是否想写 " + simple + "." + n + label(type, n) + "？").orElse("")
                + code(UNKNOWN_VALUE);
    }

    /** An explanation placeholder that is not on the list. */
    static String unknownPlaceholder(String ruleId, String wrong, String known) {
        return "rule " + ruleId + ": the explanation uses `{" + wrong + "}`, which is not a known placeholder; use one of "
                + known + " · 说明中的 {" + wrong + "} 不是可用的占位符，只能用上面列出的这些" + code(UNKNOWN_PLACEHOLDER);
    }

    private static String label(Class<?> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c instanceof Labelled && ((Enum<?>) c).name().equals(name))
                .map(c -> "（" + ((Labelled) c).label() + "）").findFirst().orElse("");
    }

    private static String code(String code) {
        return " [" + code + "]";
    }
}
