package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.inference.CategoryInferrer;
import cn.rongjiang.disclosure.core.inference.Identifiers;
import cn.rongjiang.disclosure.core.inference.TextReader;
import cn.rongjiang.disclosure.core.inference.TextReading;
import cn.rongjiang.disclosure.core.inference.Inference;
import cn.rongjiang.disclosure.core.model.AssistanceType;
import cn.rongjiang.disclosure.core.model.CategoryInfo;
import cn.rongjiang.disclosure.core.model.CategorySource;
import cn.rongjiang.disclosure.core.model.InternalAffairs;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ListStage;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.Signal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes an item before the rules see it (contract §4): by category inference, only when the
 * caller gave neither {@code category} nor {@code internalAffairs} and never over a field the
 * caller gave (flags are facts, keywords are guesses); then by the signals read from its title,
 * summary and text, which only ever tighten. The item the rules see carries no body text, and a
 * title whose identifiers are replaced by placeholders (explanations quote the title).
 */
final class Completion {
    private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    /** The item the rules see, how the decision reports its category, and the signals read. */
    record Result(Item item, CategoryInfo category, List<Signal> signals) {
    }

    private Completion() {
    }

    /**
     * @param given the JSON names of the fields the caller sent; null means every field whose value
     *              differs from its default (all a Java caller's item can tell)
     */
    static Result complete(Item item, Set<String> given, CategoryInferrer inferrer) {
        Result inferred = infer(item, given, inferrer);
        LocalDate onDay = item.formedOn() != null ? item.formedOn() : LocalDate.now(BUREAU_ZONE);
        TextReading reading = TextReader.read(item.title(), item.summary(), item.text(), onDay);
        return new Result(tighten(item, inferred.item(), given, reading), inferred.category(), reading.signals());
    }

    /**
     * The read facts on top of {@code completed}: each only where it is stricter than what is
     * there. Read identifiers are a span that can be cut ({@code separable}) when the item's
     * category is known and nothing else in it is protected; without a category the item is taken
     * to be about the person (contract §4).
     */
    private static Item tighten(Item original, Item completed, Set<String> given, TextReading read) {
        if (read.signals().isEmpty() && completed.text() == null) {
            return completed; // most items: a title with nothing to read, no copy needed
        }
        Item.Builder b = completed.toBuilder().text(null);
        if (read.secretLevel().compareTo(completed.secretLevel()) > 0) {
            b.secretLevel(read.secretLevel());
        }
        if (read.secrecyUndetermined() && completed.secretLevel() == SecretLevel.NONE) {
            b.secrecyUndetermined(true);
        }
        if (read.internalMarking()) {
            b.internalMarking(true);
        }
        if (read.processInfo()) {
            b.processInfo(true);
        }
        if (read.openForConsultation() && !gave(original, given, "openForConsultation")) {
            b.openForConsultation(true);
        }
        if (!read.personalInfoFields().isEmpty()) {
            EnumSet<PersonalInfoField> fields = EnumSet.copyOf(read.personalInfoFields());
            fields.addAll(completed.personalInfoFields());
            b.personalInfoFields(fields).personalInfo(true);
            boolean nothingElseProtected = !completed.personalInfo() && !completed.tradeSecret()
                    && !completed.involvesMinors();
            if (completed.category() != null && nothingElseProtected && !gave(original, given, "separable")) {
                b.separable(true);
            }
        }
        if (read.involvesMinors()) {
            b.involvesMinors(true);
        }
        if (read.markedDisclosure() != null && (completed.markedDisclosure() == null
                || read.markedDisclosure().compareTo(completed.markedDisclosure()) > 0)) {
            b.markedDisclosure(read.markedDisclosure());
        }
        if (read.titleHasIdentifier()) {
            b.title(Identifiers.mask(completed.title()));
        }
        return b.build();
    }

    private static Result infer(Item item, Set<String> given, CategoryInferrer inferrer) {
        boolean inferable = item.category() == null && !gave(item, given, "internalAffairs");
        if (!inferable || inferrer == null) {
            return new Result(item, CategoryInfo.given(item.category()), List.of());
        }
        Inference inference = inferrer.infer(item.title(), item.summary()).orElse(null);
        if (inference == null) {
            return new Result(item, CategoryInfo.given(null), List.of());
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
        return new Result(completed, info, List.of());
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
            case "separable" -> item.separable();
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
