package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.Labelled;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of an explanation or obligation text written in a rule file, so the
 * sentence is about this item: {@code 《{title}》标注为{secretLevel}级国家秘密…}. The placeholders
 * are a fixed list; the loader rejects any other, so a typo never reaches a decision.
 */
public final class Explanations {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    /** Anything in braces, whatever its script: {服务场所} is a typo to refuse, not text to print as is. */
    private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)}");

    private static final Function<Item, String> TITLE = Item::title;

    private static final Map<String, Function<Item, String>> VALUES = Map.ofEntries(
            value("title", TITLE),
            value("category", item -> label(item.category())),
            value("serviceArea", item -> label(item.serviceArea())),
            value("secretLevel", item -> label(item.secretLevel())),
            value("personalInfoFields", Explanations::personalFields),
            value("protectedParts", Explanations::protectedParts),
            value("internalAffairs", item -> label(item.internalAffairs())),
            value("assistanceType", item -> item.assistanceType() == null ? "社会救助" : item.assistanceType().label()),
            value("listStage", item -> label(item.listStage())),
            value("owningOffice", item -> item.owningOffice() == null ? "承办股室" : item.owningOffice()),
            value("markedDisclosure", item -> label(item.markedDisclosure())),
            value("consent", Explanations::consent),
            value("schemeFields", Explanations::schemeFields));

    /** Split once per text: this runs for every reason and obligation of every decision. */
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();
    private static final int MAX_TEMPLATES = 10_000;

    private Explanations() {
    }

    private static Map.Entry<String, Function<Item, String>> value(String name, Function<Item, String> value) {
        return Map.entry(name, value);
    }

    /** The placeholder names a text may use. */
    public static Set<String> placeholders() {
        return VALUES.keySet();
    }

    /** The placeholders in {@code text} that are not on the list, in order of appearance. */
    public static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = BRACED.matcher(text);
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
        Template template = TEMPLATES.get(text);
        if (template == null) {
            if (TEMPLATES.size() >= MAX_TEMPLATES) {
                TEMPLATES.clear(); // texts of replaced rule sets; the live ones come back on next use
            }
            template = Template.of(text);
            TEMPLATES.put(text, template);
        }
        return template.render(item);
    }

    /**
     * The title without the 《》 a caller may already have put around it, for a text that quotes
     * it itself (《{title}》 would otherwise read 《《…》》). Only one pair that wraps the whole title.
     */
    static String bareTitle(Item item) {
        String t = item.title();
        if (t.length() > 2 && t.startsWith("《") && t.endsWith("》")) {
            String inner = t.substring(1, t.length() - 1);
            if (inner.indexOf('《') < 0 && inner.indexOf('》') < 0) {
                return inner;
            }
        }
        return t;
    }

    private static String label(Labelled value) {
        return value == null ? "未注明" : value.label();
    }

    /** Where the third party's answer stands, as a clause: consent never asked is not a refusal. */
    private static String consent(Item item) {
        return switch (item.thirdPartyConsent()) {
            case NOT_ASKED -> "未取得第三方同意";
            case REFUSED -> "第三方不同意公开";
            case NO_REPLY -> "第三方逾期未答复";
            case GRANTED -> "第三方的同意未涵盖其中全部受保护的内容";
        };
    }

    /** The fields the statute of the item's assistance scheme publishes. */
    private static String schemeFields(Item item) {
        if (item.assistanceType() == null) {
            return "姓名等法定信息";
        }
        return switch (item.assistanceType()) {
            case DIBAO -> "姓名、家庭成员数量、保障金额";
            case TEKUN -> "姓名及认定结果";
            case TEMPORARY -> "姓名、救助金额、救助事由";
        };
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
        StringJoiner labels = new StringJoiner("、");
        for (PersonalInfoField field : item.personalInfoFields()) {
            labels.add(field.label());
        }
        return labels.toString();
    }

    /** A text as literal parts around its placeholders: {@code parts} = literal, value, literal, …, literal. */
    private record Template(String[] literals, List<Function<Item, String>> values) {

        static Template of(String text) {
            List<String> literals = new ArrayList<>();
            List<Function<Item, String>> values = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int from = 0;
            for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
                int close = text.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                Function<Item, String> value = VALUES.get(text.substring(open + 1, close));
                if (value == null) {
                    literal.append(text, from, close + 1); // not a placeholder: kept as written
                } else {
                    if (value == TITLE && text.startsWith("《", open - 1) && text.startsWith("》", close + 1)) {
                        value = Explanations::bareTitle; // the text already quotes it
                    }
                    literals.add(literal.append(text, from, open).toString());
                    literal.setLength(0);
                    values.add(value);
                }
                from = close + 1;
            }
            literals.add(literal.append(text, from, text.length()).toString());
            return new Template(literals.toArray(String[]::new), List.copyOf(values));
        }

        String render(Item item) {
            if (values.size() == 1) {
                // Nearly every text has one placeholder ({title}): one concatenation, one allocation.
                return literals[0] + values.get(0).apply(item) + literals[1];
            }
            String[] parts = new String[literals.length + values.size()];
            for (int i = 0; i < values.size(); i++) {
                parts[2 * i] = literals[i];
                parts[2 * i + 1] = values.get(i).apply(item);
            }
            parts[parts.length - 1] = literals[literals.length - 1];
            return String.join("", parts); // sized once, in the right character width
        }
    }
}
