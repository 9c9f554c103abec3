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

        /** The caller's reference (at most 128 characters), echoed back as the decision's {@code itemId}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The item's title (required, 1 to 500 characters), e.g. 2022年9月城乡低保对象名单. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** An abstract or the first part of the body (at most 20 000 characters): read for signals and the category. */
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

        /** What the item is; when not set it is inferred from the title and summary. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** The bureau's business field (default {@code GENERAL}): drives catalogue deadlines and the responsible office. */
        public Builder serviceArea(ServiceArea serviceArea) {
            this.serviceArea = serviceArea;
            return this;
        }

        /** For an {@code ASSISTANCE_LIST}: 初审公示, 审批结果 or 拟终止. */
        public Builder listStage(ListStage listStage) {
            this.listStage = listStage;
            return this;
        }

        /** For an {@code ASSISTANCE_LIST}: the scheme (低保, 特困, 临时救助); their statutes differ. */
        public Builder assistanceType(AssistanceType assistanceType) {
            this.assistanceType = assistanceType;
            return this;
        }

        /** A 重大行政决策 (major administrative decision); default false. */
        public Builder majorDecision(boolean majorDecision) {
            this.majorDecision = majorDecision;
            return this;
        }

        /** The office (股室) that made or holds the item (at most 100 characters). */
        public Builder owningOffice(String owningOffice) {
            this.owningOffice = owningOffice;
            return this;
        }

        /** The row of the work plan's responsibility table (责任分解表) the item serves. */
        public Builder workTask(WorkTask workTask) {
            this.workTask = workTask;
            return this;
        }

        /** The day the information was formed or last changed (starts the publication deadline). */
        public Builder formedOn(LocalDate formedOn) {
            this.formedOn = formedOn;
            return this;
        }

        /** The day a budget or final account was approved. */
        public Builder approvedOn(LocalDate approvedOn) {
            this.approvedOn = approvedOn;
            return this;
        }

        /** False for material not made or obtained in an administrative function (e.g. Party-organ minutes); default true. */
        public Builder governmentInformation(boolean governmentInformation) {
            this.governmentInformation = governmentInformation;
            return this;
        }

        /** The state-secret marking; default {@code NONE}. */
        public Builder secretLevel(SecretLevel secretLevel) {
            this.secretLevel = secretLevel;
            return this;
        }

        /** The secret marking was lifted, expired, or the item was officially published. */
        public Builder declassified(boolean declassified) {
            this.declassified = declassified;
            return this;
        }

        /** Classified by this bureau itself rather than carried over from a source document. */
        public Builder originalClassification(boolean originalClassification) {
            this.originalClassification = originalClassification;
            return this;
        }

        /** The confidentiality review could not decide whether it is secret. */
        public Builder secrecyUndetermined(boolean secrecyUndetermined) {
            this.secrecyUndetermined = secrecyUndetermined;
            return this;
        }

        /** Whether the 保密审查 before release was done; default {@code NOT_DONE}. */
        public Builder confidentialityReview(ConfidentialityReview confidentialityReview) {
            this.confidentialityReview = confidentialityReview;
            return this;
        }

        /** Marked 内部资料 or 工作秘密 without a secret level; not a ground for withholding by itself. */
        public Builder internalMarking(boolean internalMarking) {
            this.internalMarking = internalMarking;
            return this;
        }

        /** A law or administrative regulation prohibits disclosure. */
        public Builder prohibitedByLaw(boolean prohibitedByLaw) {
            this.prohibitedByLaw = prohibitedByLaw;
            return this;
        }

        /** Disclosure may endanger national, public or economic security or social stability. */
        public Builder endangersSecurityOrStability(boolean endangersSecurityOrStability) {
            this.endangersSecurityOrStability = endangersSecurityOrStability;
            return this;
        }

        /** Contains personal information of third parties (implied by a non-empty {@link #personalInfoFields}). */
        public Builder personalInfo(boolean personalInfo) {
            this.personalInfo = personalInfo;
            return this;
        }

        /** Which kinds of personal information it holds (NAME, ID_NUMBER, …); a non-empty set implies {@code personalInfo}. */
        public Builder personalInfoFields(Set<PersonalInfoField> personalInfoFields) {
            this.personalInfoFields = personalInfoFields;
            return this;
        }

        /** Names or identifies children. */
        public Builder involvesMinors(boolean involvesMinors) {
            this.involvesMinors = involvesMinors;
            return this;
        }

        /** Contains a third party's trade secret. */
        public Builder tradeSecret(boolean tradeSecret) {
            this.tradeSecret = tradeSecret;
            return this;
        }

        /** The exempt part can be cut out and the rest released (区分处理). */
        public Builder separable(boolean separable) {
            this.separable = separable;
            return this;
        }

        /** The affected third party's answer; default {@code NOT_ASKED}. */
        public Builder thirdPartyConsent(ThirdPartyConsent thirdPartyConsent) {
            this.thirdPartyConsent = thirdPartyConsent;
            return this;
        }

        /** The bureau found that withholding would seriously harm the public interest. */
        public Builder publicInterestOverride(boolean publicInterestOverride) {
            this.publicInterestOverride = publicInterestOverride;
            return this;
        }

        /** Some donors or trustors refused publication of their names or contacts. */
        public Builder donorsRefusedPublication(boolean donorsRefusedPublication) {
            this.donorsRefusedPublication = donorsRefusedPublication;
            return this;
        }

        /** The kind of internal-affairs information; default {@code NONE}. */
        public Builder internalAffairs(InternalAffairs internalAffairs) {
            this.internalAffairs = internalAffairs;
            return this;
        }

        /** A discussion record, draft, consultation letter or request for instructions (过程性信息). */
        public Builder processInfo(boolean processInfo) {
            this.processInfo = processInfo;
            return this;
        }

        /** The process document has become final. */
        public Builder finalVersion(boolean finalVersion) {
            this.finalVersion = finalVersion;
            return this;
        }

        /** A draft published for public comment (征求意见稿). */
        public Builder openForConsultation(boolean openForConsultation) {
            this.openForConsultation = openForConsultation;
            return this;
        }

        /** Part of an administrative law-enforcement case file. */
        public Builder enforcementCaseFile(boolean enforcementCaseFile) {
            this.enforcementCaseFile = enforcementCaseFile;
            return this;
        }

        /** Internal or process material that is the basis of an administrative act. */
        public Builder usedAsAdministrativeBasis(boolean usedAsAdministrativeBasis) {
            this.usedAsAdministrativeBasis = usedAsAdministrativeBasis;
            return this;
        }

        /** A law, regulation or rule requires this information to be public. */
        public Builder lawRequiresDisclosure(boolean lawRequiresDisclosure) {
            this.lawRequiresDisclosure = lawRequiresDisclosure;
            return this;
        }

        /** It adjusts the public's interests (OGI Regulations Art. 19). */
        public Builder affectsPublicInterest(boolean affectsPublicInterest) {
            this.affectsPublicInterest = affectsPublicInterest;
            return this;
        }

        /** The public needs to know it widely (Art. 19). */
        public Builder needsBroadAwareness(boolean needsBroadAwareness) {
            this.needsBroadAwareness = needsBroadAwareness;
            return this;
        }

        /** The public takes part in the decision (Art. 19). */
        public Builder needsPublicParticipation(boolean needsPublicParticipation) {
            this.needsPublicParticipation = needsPublicParticipation;
            return this;
        }

        /** A penalty decision the bureau considers of social impact. */
        public Builder socialImpact(boolean socialImpact) {
            this.socialImpact = socialImpact;
            return this;
        }

        /** For a published penalty decision or licensing result: the day it was changed, revoked or confirmed void (the publication must be withdrawn); needs the category given. */
        public Builder revokedOn(LocalDate revokedOn) {
            this.revokedOn = revokedOn;
            return this;
        }

        /** For a penalty decision: the severity that sets how long its credit publicity lasts; needs the category given. */
        public Builder creditSeverity(CreditSeverity creditSeverity) {
            this.creditSeverity = creditSeverity;
            return this;
        }

        /** With {@code lawRequiresDisclosure}: the personal fields the cited law itself names for publication. */
        public Builder statutoryFields(Set<PersonalInfoField> statutoryFields) {
            this.statutoryFields = statutoryFields;
            return this;
        }

        /** With {@code thirdPartyConsent} {@code GRANTED}: the fields the consent covers (empty: NAME, PHONE, ADDRESS and OTHER only). */
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
