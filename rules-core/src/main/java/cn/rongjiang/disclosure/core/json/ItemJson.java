package cn.rongjiang.disclosure.core.json;

import cn.rongjiang.disclosure.core.model.AssistanceType;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.ConfidentialityReview;
import cn.rongjiang.disclosure.core.model.CreditSeverity;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.FieldError;
import cn.rongjiang.disclosure.core.model.InternalAffairs;
import cn.rongjiang.disclosure.core.model.InvalidItemException;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ListStage;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.ServiceArea;
import cn.rongjiang.disclosure.core.model.ThirdPartyConsent;
import cn.rongjiang.disclosure.core.model.WorkTask;
import cn.rongjiang.disclosure.core.engine.Spelling;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an item from JSON exactly as contract §2 and §6 say: every field is checked, unknown
 * field names, unknown enum values and wrong types are errors (a misspelt privacy flag must not
 * be silently ignored), and every offending field is named at once. A JSON {@code null} counts
 * as absent. Thread-safe.
 */
public final class ItemJson {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    /** The result: an item and the fields the caller gave, or the errors. */
    public record Parsed(Item item, Set<String> givenFields, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** How one field is read and where it goes. */
    private record Field(String name, Reader reader, BiConsumer<Item.Builder, Object> setter) {
    }

    @FunctionalInterface
    private interface Reader {
        /** The value, or null after adding an error. */
        Object read(String field, JsonNode value, List<FieldError> errors);
    }

    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        text("id", Item.MAX_ID, (b, v) -> b.id((String) v));
        text("title", Item.MAX_TITLE, (b, v) -> b.title((String) v));
        text("summary", Item.MAX_SUMMARY, (b, v) -> b.summary((String) v));
        text("text", Item.MAX_TEXT, (b, v) -> b.text((String) v));
        choice("markedDisclosure", Disclosure.class, (b, v) -> b.markedDisclosure((Disclosure) v));
        choice("category", Category.class, (b, v) -> b.category((Category) v));
        choice("serviceArea", ServiceArea.class, (b, v) -> b.serviceArea((ServiceArea) v));
        choice("listStage", ListStage.class, (b, v) -> b.listStage((ListStage) v));
        choice("assistanceType", AssistanceType.class, (b, v) -> b.assistanceType((AssistanceType) v));
        flag("majorDecision", Item.Builder::majorDecision);
        text("owningOffice", Item.MAX_OWNING_OFFICE, (b, v) -> b.owningOffice((String) v));
        choice("workTask", WorkTask.class, (b, v) -> b.workTask((WorkTask) v));
        date("formedOn", (b, v) -> b.formedOn((LocalDate) v));
        date("approvedOn", (b, v) -> b.approvedOn((LocalDate) v));
        flag("governmentInformation", Item.Builder::governmentInformation);
        choice("secretLevel", SecretLevel.class, (b, v) -> b.secretLevel((SecretLevel) v));
        flag("declassified", Item.Builder::declassified);
        flag("originalClassification", Item.Builder::originalClassification);
        flag("secrecyUndetermined", Item.Builder::secrecyUndetermined);
        choice("confidentialityReview", ConfidentialityReview.class,
                (b, v) -> b.confidentialityReview((ConfidentialityReview) v));
        flag("internalMarking", Item.Builder::internalMarking);
        flag("prohibitedByLaw", Item.Builder::prohibitedByLaw);
        flag("endangersSecurityOrStability", Item.Builder::endangersSecurityOrStability);
        flag("personalInfo", Item.Builder::personalInfo);
        add("personalInfoFields", ItemJson::readPersonalFields,
                (b, v) -> b.personalInfoFields(castFields(v)));
        flag("involvesMinors", Item.Builder::involvesMinors);
        flag("tradeSecret", Item.Builder::tradeSecret);
        flag("separable", Item.Builder::separable);
        choice("thirdPartyConsent", ThirdPartyConsent.class, (b, v) -> b.thirdPartyConsent((ThirdPartyConsent) v));
        flag("publicInterestOverride", Item.Builder::publicInterestOverride);
        flag("donorsRefusedPublication", Item.Builder::donorsRefusedPublication);
        choice("internalAffairs", InternalAffairs.class, (b, v) -> b.internalAffairs((InternalAffairs) v));
        flag("processInfo", Item.Builder::processInfo);
        flag("finalVersion", Item.Builder::finalVersion);
        flag("openForConsultation", Item.Builder::openForConsultation);
        flag("enforcementCaseFile", Item.Builder::enforcementCaseFile);
        flag("usedAsAdministrativeBasis", Item.Builder::usedAsAdministrativeBasis);
        flag("lawRequiresDisclosure", Item.Builder::lawRequiresDisclosure);
        flag("affectsPublicInterest", Item.Builder::affectsPublicInterest);
        flag("needsBroadAwareness", Item.Builder::needsBroadAwareness);
        flag("needsPublicParticipation", Item.Builder::needsPublicParticipation);
        flag("socialImpact", Item.Builder::socialImpact);
        date("revokedOn", (b, v) -> b.revokedOn((LocalDate) v));
        choice("creditSeverity", CreditSeverity.class, (b, v) -> b.creditSeverity((CreditSeverity) v));
        add("statutoryFields", ItemJson::readPersonalFields, (b, v) -> b.statutoryFields(castFields(v)));
        add("consentFields", ItemJson::readPersonalFields, (b, v) -> b.consentFields(castFields(v)));
    }

    private ItemJson() {
    }

    /** The field names an item may carry, in contract order. */
    public static Set<String> fieldNames() {
        return FIELDS.keySet();
    }

    /** Reads one item; never throws for bad input. */
    public static Parsed read(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError("$", "an item must be a JSON object, got " + describe(node)));
            return new Parsed(null, Set.of(), errors);
        }
        Item.Builder builder = Item.builder(null);
        Set<String> given = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Field field = FIELDS.get(entry.getKey());
            if (field == null) {
                errors.add(new FieldError(entry.getKey(), unknownFieldMessage(entry.getKey())));
                continue;
            }
            if (entry.getValue().isNull()) {
                continue;
            }
            Object value = field.reader().read(field.name(), entry.getValue(), errors);
            if (value != null) {
                field.setter().accept(builder, value);
                given.add(field.name());
            }
        }
        if (!given.contains("title") && errors.stream().noneMatch(e -> e.field().equals("title"))) {
            errors.add(new FieldError("title", "required: a string of 1 to " + Item.MAX_TITLE + " characters"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, Set.of(), errors);
        }
        try {
            return new Parsed(builder.build(), Set.copyOf(given), List.of());
        } catch (InvalidItemException e) {
            return new Parsed(null, Set.of(), e.errors());
        }
    }

    private static void add(String name, Reader reader, BiConsumer<Item.Builder, Object> setter) {
        FIELDS.put(name, new Field(name, reader, setter));
    }

    private static void text(String name, int max, BiConsumer<Item.Builder, Object> setter) {
        add(name, (field, value, errors) -> {
            if (!value.isTextual()) {
                errors.add(new FieldError(field, "must be a string, got " + describe(value)));
                return null;
            }
            String s = value.textValue();
            if (s.codePointCount(0, s.length()) > max) {
                errors.add(new FieldError(field, "too long: at most " + max + " characters"));
                return null;
            }
            if (field.equals("title") && !hasVisibleCharacter(s)) {
                errors.add(new FieldError(field, "must not be empty, nor only spaces, control, format or zero-width characters"));
                return null;
            }
            return s;
        }, setter);
    }

    /**
     * True when {@code s} has a character a reader would see: a title of zero-width spaces,
     * joiners, bidi controls, BOMs, combining marks or Hangul fillers alone names nothing, and
     * would reach the rules and the log as an apparently empty title.
     */
    static boolean hasVisibleCharacter(String s) {
        return s.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0 && cp != 0x2800
                && switch (Character.getType(cp)) {
                    case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                            Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
                    default -> true;
                });
    }

    private static void flag(String name, BiConsumer<Item.Builder, Boolean> setter) {
        add(name, (field, value, errors) -> {
            if (!value.isBoolean()) {
                errors.add(new FieldError(field, "must be true or false, got " + describe(value)));
                return null;
            }
            return value.booleanValue();
        }, (b, v) -> setter.accept(b, (Boolean) v));
    }

    private static <E extends Enum<E>> void choice(String name, Class<E> type, BiConsumer<Item.Builder, Object> setter) {
        add(name, (field, value, errors) -> enumValue(field, value, type, errors), setter);
    }

    private static void date(String name, BiConsumer<Item.Builder, Object> setter) {
        add(name, (field, value, errors) -> {
            if (!value.isTextual() || !DATE.matcher(value.textValue()).matches()) {
                errors.add(new FieldError(field, "must be a date written YYYY-MM-DD, got " + describe(value)));
                return null;
            }
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "is not a real date: " + value.textValue()));
                return null;
            }
        }, setter);
    }

    private static <E extends Enum<E>> E enumValue(String field, JsonNode value, Class<E> type, List<FieldError> errors) {
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be one of " + allowed(type) + "; got " + describe(value)));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.textValue())) {
                return constant;
            }
        }
        errors.add(new FieldError(field, "unknown value " + shown(value.textValue()) + "; allowed: " + allowed(type)));
        return null;
    }

    /** The values an error message lists; built only for an error. */
    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Object readPersonalFields(String field, JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            errors.add(new FieldError(field, "must be a list of PersonalInfoField values, got " + describe(value)));
            return null;
        }
        if (value.size() > PersonalInfoField.values().length * 4) {
            errors.add(new FieldError(field, "too many entries: at most " + PersonalInfoField.values().length * 4));
            return null;
        }
        EnumSet<PersonalInfoField> fields = EnumSet.noneOf(PersonalInfoField.class);
        int before = errors.size();
        for (int i = 0; i < value.size(); i++) {
            PersonalInfoField f = enumValue(field + "[" + i + "]", value.get(i), PersonalInfoField.class, errors);
            if (f != null) {
                fields.add(f);
            }
        }
        return errors.size() == before ? fields : null;
    }

    @SuppressWarnings("unchecked")
    private static Set<PersonalInfoField> castFields(Object value) {
        return (Set<PersonalInfoField>) value;
    }

    private static String unknownFieldMessage(String name) {
        return "unknown field" + Spelling.nearest(name, FIELDS.keySet())
                .map(known -> "; did you mean `" + known + "`?")
                .orElse("; the contract (§2) lists the fields");
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return shown(value.textValue());
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }

    /**
     * A wrong value as an error may show it: a code-like value (a misspelt enum such as
     * {@code SECERT}) is echoed so the caller sees the typo; anything else may be item content
     * (a title in the wrong field) and is described by its length only.
     */
    private static String shown(String s) {
        return CODE_LIKE.matcher(s).matches()
                ? "\"" + s + "\""
                : "(a text of " + s.codePointCount(0, s.length()) + " characters, not shown)";
    }
}
