package cn.rongjiang.disclosure.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A piece of information the bureau holds, as a caller describes it (contract §2).
 *
 * <p>Immutable. Absent optional fields take the contract's defaults here, so rules never see a
 * null where the contract gives a default; {@code category}, {@code listStage},
 * {@code assistanceType}, {@code workTask}, the dates and the free-text fields stay null when
 * absent. A non-empty {@code personalInfoFields} implies {@code personalInfo}. {@code text} is the
 * document's body, read for signals (contract §4) and never put into a decision; the engine hands
 * the rules a copy without it. Build one with {@link #builder(String)}; the constructor rejects a
 * missing title, over-long strings and a companion field without its companion (contract §5:
 * {@code statutoryFields}, {@code consentFields}, {@code revokedOn}, {@code creditSeverity}).
 */
public record Item(
        String id,
        String title,
        String summary,
        String text,
        Disclosure markedDisclosure,
        Category category,
        ServiceArea serviceArea,
        ListStage listStage,
        AssistanceType assistanceType,
        boolean majorDecision,
        String owningOffice,
        WorkTask workTask,
        LocalDate formedOn,
        LocalDate approvedOn,
        boolean governmentInformation,
        SecretLevel secretLevel,
        boolean declassified,
        boolean originalClassification,
        boolean secrecyUndetermined,
        ConfidentialityReview confidentialityReview,
        boolean internalMarking,
        boolean prohibitedByLaw,
        boolean endangersSecurityOrStability,
        boolean personalInfo,
        Set<PersonalInfoField> personalInfoFields,
        boolean involvesMinors,
        boolean tradeSecret,
        boolean separable,
        ThirdPartyConsent thirdPartyConsent,
        boolean publicInterestOverride,
        boolean donorsRefusedPublication,
        InternalAffairs internalAffairs,
        boolean processInfo,
        boolean finalVersion,
        boolean openForConsultation,
        boolean enforcementCaseFile,
        boolean usedAsAdministrativeBasis,
        boolean lawRequiresDisclosure,
        boolean affectsPublicInterest,
        boolean needsBroadAwareness,
        boolean needsPublicParticipation,
        boolean socialImpact,
        LocalDate revokedOn,
        CreditSeverity creditSeverity,
        Set<PersonalInfoField> statutoryFields,
        Set<PersonalInfoField> consentFields) {

    /** Longest accepted {@code id}. */
    public static final int MAX_ID = 128;
    /** Longest accepted {@code title}. */
    public static final int MAX_TITLE = 500;
    /** Longest accepted {@code summary}. */
    public static final int MAX_SUMMARY = 20_000;
    /** Longest accepted {@code text}. */
    public static final int MAX_TEXT = 200_000;
    /** Longest accepted {@code owningOffice}. */
    public static final int MAX_OWNING_OFFICE = 100;

    public Item {
        serviceArea = serviceArea == null ? ServiceArea.GENERAL : serviceArea;
        secretLevel = secretLevel == null ? SecretLevel.NONE : secretLevel;
        confidentialityReview = confidentialityReview == null ? ConfidentialityReview.NOT_DONE : confidentialityReview;
        personalInfoFields = personalInfoFields == null || personalInfoFields.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(personalInfoFields));
        thirdPartyConsent = thirdPartyConsent == null ? ThirdPartyConsent.NOT_ASKED : thirdPartyConsent;
        internalAffairs = internalAffairs == null ? InternalAffairs.NONE : internalAffairs;
        personalInfo = personalInfo || !personalInfoFields.isEmpty();
        statutoryFields = statutoryFields == null || statutoryFields.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statutoryFields));
        consentFields = consentFields == null || consentFields.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(consentFields));
        List<FieldError> errors = checkStrings(id, title, summary, owningOffice);
        if (text != null && length(text) > MAX_TEXT) {
            errors.add(tooLong("text", MAX_TEXT));
        }
        errors.addAll(checkCompanions(category, revokedOn, creditSeverity, statutoryFields, lawRequiresDisclosure,
                consentFields, thirdPartyConsent));
        if (!errors.isEmpty()) {
            throw new InvalidItemException(errors);
        }
    }

    /** The string limits of contract §2, one error per offending field. */
    static List<FieldError> checkStrings(String id, String title, String summary, String owningOffice) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "必填，且不能为空 (required, 1..500 characters)"));
        } else if (length(title) > MAX_TITLE) {
            errors.add(tooLong("title", MAX_TITLE));
        }
        if (id != null && length(id) > MAX_ID) {
            errors.add(tooLong("id", MAX_ID));
        }
        if (summary != null && length(summary) > MAX_SUMMARY) {
            errors.add(tooLong("summary", MAX_SUMMARY));
        }
        if (owningOffice != null && length(owningOffice) > MAX_OWNING_OFFICE) {
            errors.add(tooLong("owningOffice", MAX_OWNING_OFFICE));
        }
        return errors;
    }

    /**
     * The companion fields of contract §5: a field that only means something beside another is
     * refused without it, rather than ignored. The category must be the caller's: a title's
     * keyword is a guess, and a guess may not make a field valid.
     */
    static List<FieldError> checkCompanions(Category category, LocalDate revokedOn, CreditSeverity creditSeverity,
                                            Set<PersonalInfoField> statutoryFields, boolean lawRequiresDisclosure,
                                            Set<PersonalInfoField> consentFields, ThirdPartyConsent consent) {
        List<FieldError> errors = new ArrayList<>();
        if (!statutoryFields.isEmpty() && !lawRequiresDisclosure) {
            errors.add(new FieldError("statutoryFields",
                    "只能与 lawRequiresDisclosure=true 同时给出 (requires lawRequiresDisclosure: true)"));
        }
        if (!consentFields.isEmpty() && consent != ThirdPartyConsent.GRANTED) {
            errors.add(new FieldError("consentFields",
                    "只能与 thirdPartyConsent=GRANTED 同时给出 (requires thirdPartyConsent: GRANTED)"));
        }
        boolean decision = category == Category.PENALTY_DECISION || category == Category.LICENSING_RESULT;
        if (revokedOn != null && !decision) {
            errors.add(new FieldError("revokedOn", onlyForDecisions(category)));
        }
        if (creditSeverity != null && !decision) {
            errors.add(new FieldError("creditSeverity", onlyForDecisions(category)));
        }
        return errors;
    }

    private static String onlyForDecisions(Category category) {
        return "只适用于调用方给出的 category PENALTY_DECISION 或 LICENSING_RESULT (requires category "
                + "PENALTY_DECISION or LICENSING_RESULT, given by the caller; got "
                + (category == null ? "no category" : category.name()) + ")";
    }

    /** Length in characters as people count them (code points), not UTF-16 units. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static FieldError tooLong(String field, int max) {
        return new FieldError(field, "过长：最多 " + max + " 个字符 (at most " + max + " characters)");
    }

    /** A builder with every field at its default and the given title. */
    public static Builder builder(String title) {
        return new Builder().title(title);
    }

    /** A builder holding this item's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.title = title;
        b.summary = summary;
        b.text = text;
        b.markedDisclosure = markedDisclosure;
        b.category = category;
        b.serviceArea = serviceArea;
        b.listStage = listStage;
        b.assistanceType = assistanceType;
        b.majorDecision = majorDecision;
        b.owningOffice = owningOffice;
        b.workTask = workTask;
        b.formedOn = formedOn;
        b.approvedOn = approvedOn;
        b.governmentInformation = governmentInformation;
        b.secretLevel = secretLevel;
        b.declassified = declassified;
        b.originalClassification = originalClassification;
        b.secrecyUndetermined = secrecyUndetermined;
        b.confidentialityReview = confidentialityReview;
        b.internalMarking = internalMarking;
        b.prohibitedByLaw = prohibitedByLaw;
        b.endangersSecurityOrStability = endangersSecurityOrStability;
        b.personalInfo = personalInfo;
        b.personalInfoFields = personalInfoFields;
        b.involvesMinors = involvesMinors;
        b.tradeSecret = tradeSecret;
        b.separable = separable;
        b.thirdPartyConsent = thirdPartyConsent;
        b.publicInterestOverride = publicInterestOverride;
        b.donorsRefusedPublication = donorsRefusedPublication;
        b.internalAffairs = internalAffairs;
        b.processInfo = processInfo;
        b.finalVersion = finalVersion;
        b.openForConsultation = openForConsultation;
        b.enforcementCaseFile = enforcementCaseFile;
        b.usedAsAdministrativeBasis = usedAsAdministrativeBasis;
        b.lawRequiresDisclosure = lawRequiresDisclosure;
        b.affectsPublicInterest = affectsPublicInterest;
        b.needsBroadAwareness = needsBroadAwareness;
        b.needsPublicParticipation = needsPublicParticipation;
        b.socialImpact = socialImpact;
        b.revokedOn = revokedOn;
        b.creditSeverity = creditSeverity;
        b.statutoryFields = statutoryFields;
        b.consentFields = consentFields;
        return b;
    }

    /** Builds an {@link Item} field by field; unset fields take the contract's defaults. */
    public static final class Builder {
        private String id;
        private String title;
        private String summary;
        private String text;
        private Disclosure markedDisclosure;
        private Category category;
        private ServiceArea serviceArea = ServiceArea.GENERAL;
        private ListStage listStage;
        private AssistanceType assistanceType;
        private boolean majorDecision = false;
        private String owningOffice;
        private WorkTask workTask;
        private LocalDate formedOn;
        private LocalDate approvedOn;
        private boolean governmentInformation = true;
        private SecretLevel secretLevel = SecretLevel.NONE;
        private boolean declassified = false;
        private boolean originalClassification = false;
        private boolean secrecyUndetermined = false;
        private ConfidentialityReview confidentialityReview = ConfidentialityReview.NOT_DONE;
        private boolean internalMarking = false;
        private boolean prohibitedByLaw = false;
        private boolean endangersSecurityOrStability = false;
        private boolean personalInfo = false;
        private Set<PersonalInfoField> personalInfoFields = Set.of();
        private boolean involvesMinors = false;
        private boolean tradeSecret = false;
        private boolean separable = false;
        private ThirdPartyConsent thirdPartyConsent = ThirdPartyConsent.NOT_ASKED;
        private boolean publicInterestOverride = false;
        private boolean donorsRefusedPublication = false;
        private InternalAffairs internalAffairs = InternalAffairs.NONE;
        private boolean processInfo = false;
        private boolean finalVersion = false;
        private boolean openForConsultation = false;
        private boolean enforcementCaseFile = false;
        private boolean usedAsAdministrativeBasis = false;
        private boolean lawRequiresDisclosure = false;
        private boolean affectsPublicInterest = false;
        private boolean needsBroadAwareness = false;
        private boolean needsPublicParticipation = false;
        private boolean socialImpact = false;
        private LocalDate revokedOn;
        private CreditSeverity creditSeverity;
        private Set<PersonalInfoField> statutoryFields = Set.of();
        private Set<PersonalInfoField> consentFields = Set.of();

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** The document's body as plain text: read for signals, never kept in the decision. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** The 公开属性 the document carries as its issuer marked it (contract §4, tier 3M). */
        public Builder markedDisclosure(Disclosure markedDisclosure) {
            this.markedDisclosure = markedDisclosure;
            return this;
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder serviceArea(ServiceArea serviceArea) {
            this.serviceArea = serviceArea;
            return this;
        }

        public Builder listStage(ListStage listStage) {
            this.listStage = listStage;
            return this;
        }

        public Builder assistanceType(AssistanceType assistanceType) {
            this.assistanceType = assistanceType;
            return this;
        }

        public Builder majorDecision(boolean majorDecision) {
            this.majorDecision = majorDecision;
            return this;
        }

        public Builder owningOffice(String owningOffice) {
            this.owningOffice = owningOffice;
            return this;
        }

        public Builder workTask(WorkTask workTask) {
            this.workTask = workTask;
            return this;
        }

        public Builder formedOn(LocalDate formedOn) {
            this.formedOn = formedOn;
            return this;
        }

        public Builder approvedOn(LocalDate approvedOn) {
            this.approvedOn = approvedOn;
            return this;
        }

        public Builder governmentInformation(boolean governmentInformation) {
            this.governmentInformation = governmentInformation;
            return this;
        }

        public Builder secretLevel(SecretLevel secretLevel) {
            this.secretLevel = secretLevel;
            return this;
        }

        public Builder declassified(boolean declassified) {
            this.declassified = declassified;
            return this;
        }

        public Builder originalClassification(boolean originalClassification) {
            this.originalClassification = originalClassification;
            return this;
        }

        public Builder secrecyUndetermined(boolean secrecyUndetermined) {
            this.secrecyUndetermined = secrecyUndetermined;
            return this;
        }

        public Builder confidentialityReview(ConfidentialityReview confidentialityReview) {
            this.confidentialityReview = confidentialityReview;
            return this;
        }

        public Builder internalMarking(boolean internalMarking) {
            this.internalMarking = internalMarking;
            return this;
        }

        public Builder prohibitedByLaw(boolean prohibitedByLaw) {
            this.prohibitedByLaw = prohibitedByLaw;
            return this;
        }

        public Builder endangersSecurityOrStability(boolean endangersSecurityOrStability) {
            this.endangersSecurityOrStability = endangersSecurityOrStability;
            return this;
        }

        public Builder personalInfo(boolean personalInfo) {
            this.personalInfo = personalInfo;
            return this;
        }

        public Builder personalInfoFields(Set<PersonalInfoField> personalInfoFields) {
            this.personalInfoFields = personalInfoFields;
            return this;
        }

        public Builder involvesMinors(boolean involvesMinors) {
            this.involvesMinors = involvesMinors;
            return this;
        }

        public Builder tradeSecret(boolean tradeSecret) {
            this.tradeSecret = tradeSecret;
            return this;
        }

        public Builder separable(boolean separable) {
            this.separable = separable;
            return this;
        }

        public Builder thirdPartyConsent(ThirdPartyConsent thirdPartyConsent) {
            this.thirdPartyConsent = thirdPartyConsent;
            return this;
        }

        public Builder publicInterestOverride(boolean publicInterestOverride) {
            this.publicInterestOverride = publicInterestOverride;
            return this;
        }

        public Builder donorsRefusedPublication(boolean donorsRefusedPublication) {
            this.donorsRefusedPublication = donorsRefusedPublication;
            return this;
        }

        public Builder internalAffairs(InternalAffairs internalAffairs) {
            this.internalAffairs = internalAffairs;
            return this;
        }

        public Builder processInfo(boolean processInfo) {
            this.processInfo = processInfo;
            return this;
        }

        public Builder finalVersion(boolean finalVersion) {
            this.finalVersion = finalVersion;
            return this;
        }

        public Builder openForConsultation(boolean openForConsultation) {
            this.openForConsultation = openForConsultation;
            return this;
        }

        public Builder enforcementCaseFile(boolean enforcementCaseFile) {
            this.enforcementCaseFile = enforcementCaseFile;
            return this;
        }

        public Builder usedAsAdministrativeBasis(boolean usedAsAdministrativeBasis) {
            this.usedAsAdministrativeBasis = usedAsAdministrativeBasis;
            return this;
        }

        public Builder lawRequiresDisclosure(boolean lawRequiresDisclosure) {
            this.lawRequiresDisclosure = lawRequiresDisclosure;
            return this;
        }

        public Builder affectsPublicInterest(boolean affectsPublicInterest) {
            this.affectsPublicInterest = affectsPublicInterest;
            return this;
        }

        public Builder needsBroadAwareness(boolean needsBroadAwareness) {
            this.needsBroadAwareness = needsBroadAwareness;
            return this;
        }

        public Builder needsPublicParticipation(boolean needsPublicParticipation) {
            this.needsPublicParticipation = needsPublicParticipation;
            return this;
        }

        public Builder socialImpact(boolean socialImpact) {
            this.socialImpact = socialImpact;
            return this;
        }

        public Builder revokedOn(LocalDate revokedOn) {
            this.revokedOn = revokedOn;
            return this;
        }

        public Builder creditSeverity(CreditSeverity creditSeverity) {
            this.creditSeverity = creditSeverity;
            return this;
        }

        public Builder statutoryFields(Set<PersonalInfoField> statutoryFields) {
            this.statutoryFields = statutoryFields;
            return this;
        }

        public Builder consentFields(Set<PersonalInfoField> consentFields) {
            this.consentFields = consentFields;
            return this;
        }

        /** The item; throws {@link InvalidItemException} when the title is missing, a string is too long or a companion field lacks its companion. */
        public Item build() {
            return new Item(id, title, summary, text, markedDisclosure, category, serviceArea, listStage, assistanceType, majorDecision, owningOffice, workTask, formedOn, approvedOn, governmentInformation, secretLevel, declassified, originalClassification, secrecyUndetermined, confidentialityReview, internalMarking, prohibitedByLaw, endangersSecurityOrStability, personalInfo, personalInfoFields, involvesMinors, tradeSecret, separable, thirdPartyConsent, publicInterestOverride, donorsRefusedPublication, internalAffairs, processInfo, finalVersion, openForConsultation, enforcementCaseFile, usedAsAdministrativeBasis, lawRequiresDisclosure, affectsPublicInterest, needsBroadAwareness, needsPublicParticipation, socialImpact, revokedOn, creditSeverity, statutoryFields, consentFields);
        }
    }
}
