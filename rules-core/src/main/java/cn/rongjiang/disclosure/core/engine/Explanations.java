package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.Labelled;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills the placeholders of an explanation or obligation text written in a rule file, so the
 * sentence is about this item: {@code 《{title}》标注为{secretLevel}级国家秘密…}. The placeholders
 * are a fixed list; the loader rejects any other, so a typo never reaches a decision.
 */
public final class Explanations {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static final Map<String, Function<Item, String>> VALUES = Map.of(
            "title", Item::title,
            "category", item -> label(item.category()),
            "serviceArea", item -> label(item.serviceArea()),
            "secretLevel", item -> label(item.secretLevel()),
            "personalInfoFields", Explanations::personalFields,
            "protectedParts", Explanations::protectedParts,
            "internalAffairs", item -> label(item.internalAffairs()),
            "assistanceType", item -> label(item.assistanceType()),
            "listStage", item -> label(item.listStage()),
            "owningOffice", item -> item.owningOffice() == null ? "承办股室" : item.owningOffice());

    private Explanations() {
    }

    /** The placeholder names a text may use. */
    public static Set<String> placeholders() {
        return VALUES.keySet();
    }

    /** The placeholders in {@code text} that are not on the list, in order of appearance. */
    public static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!VALUES.containsKey(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /** {@code text} with every placeholder replaced by the item's value. */
    public static String render(String text, Item item) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        // A plain scan, not a regex: this runs for every reason of every decision.
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            Function<Item, String> value = VALUES.get(text.substring(open + 1, close));
            out.append(text, from, open).append(value == null ? text.substring(open, close + 1) : value.apply(item));
            from = close + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static String label(Labelled value) {
        return value == null ? "未注明" : value.label();
    }

    /** The third-party parts an item holds: its kinds of personal information, and trade secrets. */
    private static String protectedParts(Item item) {
        if (!item.personalInfo()) {
            return item.tradeSecret() ? "商业秘密" : "受保护信息";
        }
        return personalFields(item) + (item.tradeSecret() ? "及商业秘密" : "");
    }

    private static String personalFields(Item item) {
        if (item.personalInfoFields().isEmpty()) {
            return "个人信息";
        }
        return item.personalInfoFields().stream().map(PersonalInfoField::label).collect(Collectors.joining("、"));
    }
}
