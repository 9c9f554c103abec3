package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import java.util.EnumSet;
import java.util.Set;

/**
 * The third-party parts of an item (contract §4, the third-party gate): its kinds of personal
 * information (OTHER when it is flagged without a list) and its trade secret. A lift removes
 * the gate only for the parts it covers; the gate stands while one part is neither lifted nor cut.
 */
final class ThirdPartyParts {
    private ThirdPartyParts() {
    }

    /** Every protected part of {@code item}. */
    static EnumSet<RedactionTarget> of(Item item) {
        EnumSet<RedactionTarget> parts = personal(item);
        if (item.tradeSecret()) {
            parts.add(RedactionTarget.TRADE_SECRET);
        }
        return parts;
    }

    /** The personal parts of {@code item}: its flagged fields, or OTHER when none is named. */
    static EnumSet<RedactionTarget> personal(Item item) {
        EnumSet<RedactionTarget> parts = EnumSet.noneOf(RedactionTarget.class);
        if (item.personalInfoFields().isEmpty() && item.personalInfo()) {
            parts.add(RedactionTarget.OTHER);
        }
        for (PersonalInfoField field : item.personalInfoFields()) {
            parts.add(RedactionTarget.of(field));
        }
        return parts;
    }

    /** Every kind of personal field, as redaction targets: what a statute's implied cut covers. */
    static EnumSet<RedactionTarget> allPersonal() {
        EnumSet<RedactionTarget> parts = EnumSet.noneOf(RedactionTarget.class);
        for (PersonalInfoField field : PersonalInfoField.values()) {
            parts.add(RedactionTarget.of(field));
        }
        return parts;
    }

    static EnumSet<RedactionTarget> targets(Set<PersonalInfoField> fields) {
        EnumSet<RedactionTarget> parts = EnumSet.noneOf(RedactionTarget.class);
        for (PersonalInfoField field : fields) {
            parts.add(RedactionTarget.of(field));
        }
        return parts;
    }

    /**
     * What a granted consent covers (contract §2 consentFields): the fields listed, or when none
     * is listed the {@code defaults} of the consenting person. A trade secret is covered only when
     * the item holds no personal information: then the consenting third party is its owner; beside
     * personal data one consent is not taken to speak for a business as well.
     */
    static EnumSet<RedactionTarget> consented(Item item, PersonalInfoField... defaults) {
        Set<PersonalInfoField> fields = item.consentFields().isEmpty() ? Set.of(defaults) : item.consentFields();
        EnumSet<RedactionTarget> covered = targets(fields);
        if (item.tradeSecret() && !item.personalInfo()) {
            covered.add(RedactionTarget.TRADE_SECRET);
        }
        return covered;
    }
}
