package cn.rongjiang.disclosure.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.BundledRules;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ContractJson;
import cn.rongjiang.disclosure.core.model.AssistanceType;
import cn.rongjiang.disclosure.core.model.Audience;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.ConfidentialityReview;
import cn.rongjiang.disclosure.core.model.CreditSeverity;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.InternalAffairs;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ListStage;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.Redaction;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.ServiceArea;
import cn.rongjiang.disclosure.core.model.ThirdPartyConsent;
import cn.rongjiang.disclosure.core.model.WithholdingReason;
import cn.rongjiang.disclosure.core.model.WorkTask;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Properties every decision must have, over generated items (issue 6 §1). */
class DecisionPropertiesTest {
    private final DisclosureEngine engine = BundledRules.engine();

    @Property(tries = 400)
    void everyItemGetsADecisionWithAReasonAndWithheldHasAReason(@ForAll("items") Item item) {
        Decision d = engine.classify(item);
        assertThat(d.reasons()).isNotEmpty();
        assertThat(d.withholdingReason() != null).isEqualTo(d.disclosure() == Disclosure.WITHHELD);
        assertThat(d.label()).isEqualTo(d.disclosure().label());
        assertThat(d.partial()).isEqualTo(d.disclosure() != Disclosure.WITHHELD && !d.redactions().isEmpty());
    }

    @Property(tries = 300)
    void onlyProactiveDecisionsCarryChannelsAndDeadlinesAndTheyAlwaysHaveChannels(@ForAll("items") Item item) {
        Decision d = engine.classify(item);
        if (d.disclosure() == Disclosure.PROACTIVE) {
            assertThat(d.channels()).isNotEmpty();
            assertThat(d.audience()).isIn(Audience.PUBLIC, Audience.LOCAL_COMMUNITY);
        } else {
            assertThat(d.channels()).isNull();
            assertThat(d.deadline()).isNull();
        }
    }

    @Property(tries = 200)
    void decisionsAreDeterministic(@ForAll("items") Item item) {
        assertThat(comparable(engine.classify(item))).isEqualTo(comparable(engine.classify(item)));
    }

    @Property(tries = 300)
    void aStateSecretThatIsNotDeclassifiedIsAlwaysWithheld(@ForAll("items") Item item,
                                                            @ForAll("secretLevels") SecretLevel level) {
        Decision d = engine.classify(item.toBuilder().secretLevel(level).declassified(false).build());
        assertThat(d.disclosure()).isEqualTo(Disclosure.WITHHELD);
        assertThat(d.withholdingReason()).isIn(WithholdingReason.STATE_SECRET, WithholdingReason.NOT_GOVERNMENT_INFORMATION);
    }

    @Property(tries = 600)
    void addingAProtectiveFactNeverMakesADecisionLessRestrictive(@ForAll("items") Item item,
                                                                  @ForAll("protectiveFacts") UnaryOperator<Item.Builder> fact) {
        Disclosure before = engine.classify(item).disclosure();
        Disclosure after = engine.classify(fact.apply(item.toBuilder()).build()).disclosure();
        assertThat(after.compareTo(before))
                .as("%s became %s", before, after)
                .isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 600)
    void addingATradeSecretNeverLoosensAnItem(@ForAll("items") Item item) {
        Disclosure before = engine.classify(item).disclosure();
        Disclosure after = engine.classify(item.toBuilder().tradeSecret(true).build()).disclosure();
        assertThat(after.compareTo(before)).as("%s became %s with a trade secret", before, after)
                .isGreaterThanOrEqualTo(0);
    }

    /**
     * The known fail-open of revision 1: a statute's lift took the trade secret with it. Only the
     * law's own lifts of a trade secret (Art. 15: the owner's consent, a serious public interest)
     * may release one uncut.
     */
    @Property(tries = 800)
    void aTradeSecretInAnItemThatIsNotWithheldIsAlwaysCutOut(@ForAll("items") Item item) {
        Item secret = item.toBuilder().tradeSecret(true).build();
        Decision d = engine.classify(secret);
        boolean ownerConsented = secret.thirdPartyConsent() == ThirdPartyConsent.GRANTED && !secret.personalInfo();
        if (d.disclosure() != Disclosure.WITHHELD && !ownerConsented && !secret.publicInterestOverride()) {
            assertThat(d.redactions()).extracting(Redaction::target).as("%s: %s", d.disclosure(), d.reasons())
                    .contains(RedactionTarget.TRADE_SECRET);
        }
    }

    @Property(tries = 400)
    void aConsentThatCoversFewerFieldsNeverLoosensAnItem(@ForAll("items") Item item,
                                                          @ForAll("someFields") Set<PersonalInfoField> covered,
                                                          @ForAll("someFields") Set<PersonalInfoField> more) {
        Set<PersonalInfoField> wider = EnumSet.copyOf(covered);
        wider.addAll(more);
        Item.Builder granted = item.toBuilder().thirdPartyConsent(ThirdPartyConsent.GRANTED);
        Disclosure narrow = engine.classify(granted.consentFields(covered).build()).disclosure();
        Disclosure wide = engine.classify(granted.consentFields(wider).build()).disclosure();
        assertThat(narrow.compareTo(wide)).as("%s consented, %s wider", covered, wider).isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 400)
    void aStatuteThatNamesFewerFieldsNeverLoosensAnItem(@ForAll("items") Item item,
                                                        @ForAll("someFields") Set<PersonalInfoField> named,
                                                        @ForAll("someFields") Set<PersonalInfoField> more) {
        Set<PersonalInfoField> wider = EnumSet.copyOf(named);
        wider.addAll(more);
        Item.Builder law = item.toBuilder().lawRequiresDisclosure(true);
        Disclosure narrow = engine.classify(law.statutoryFields(named).build()).disclosure();
        Disclosure wide = engine.classify(law.statutoryFields(wider).build()).disclosure();
        assertThat(narrow.compareTo(wide)).as("%s named, %s wider", named, wider).isGreaterThanOrEqualTo(0);
    }

    /** A withdrawal or a credit-publicity limit says when publication ends, never whether: the class stays. */
    @Property(tries = 300)
    void revocationAndCreditSeverityNeverChangeTheClass(@ForAll("items") Item item,
                                                       @ForAll("decisionCategories") Category category,
                                                       @ForAll("severities") CreditSeverity severity) {
        Item plain = item.toBuilder().category(category).revokedOn(null).creditSeverity(null).build();
        Item withdrawn = plain.toBuilder().revokedOn(LocalDate.of(2026, 9, 30)).creditSeverity(severity).build();
        assertThat(engine.classify(withdrawn).disclosure()).isEqualTo(engine.classify(plain).disclosure());
    }

    @Provide
    Arbitrary<Set<PersonalInfoField>> someFields() {
        return Arbitraries.of(PersonalInfoField.class).set().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Category> decisionCategories() {
        return Arbitraries.of(Category.PENALTY_DECISION, Category.LICENSING_RESULT);
    }

    @Provide
    Arbitrary<CreditSeverity> severities() {
        return Arbitraries.of(CreditSeverity.class);
    }

    @Property(tries = 200)
    void theDefaultIsNeverWithheld(@ForAll("items") Item item) {
        Decision d = engine.classify(item);
        if (d.reasons().get(0).ruleId().equals("D-DEFAULT")) {
            assertThat(d.disclosure()).isEqualTo(Disclosure.ON_REQUEST);
        }
    }

    /**
     * Contract §4, reading the text: a signal read from the title or the text only ever tightens,
     * whatever else the item holds, the issuer's marking included. The two things read that are
     * not protective facts are left out by design: a draft offered for public comment is read as
     * published for participation (Art. 19), and the issuer's marking is a decision (tier 3M).
     */
    @Property(tries = 600)
    void readingASignalInTheTitleOrTextNeverLoosensTheClass(@ForAll("items") Item item,
                                                            @ForAll("signalTexts") String signal,
                                                            @ForAll boolean inTitle,
                                                            @ForAll("markings") Disclosure marked) {
        Item base = item.toBuilder().markedDisclosure(marked).build();
        Item read = inTitle
                ? base.toBuilder().title(signal + " " + base.title()).build()
                : base.toBuilder().text(signal + "\n县人民政府：\n正文……").build();
        Disclosure before = engine.classify(base).disclosure();
        Disclosure after = engine.classify(read).disclosure();
        assertThat(after.compareTo(before))
                .as("%s became %s after reading %s in the %s", before, after, signal, inTitle ? "title" : "text")
                .isGreaterThanOrEqualTo(0);
    }

    /** An identifier read anywhere is never quoted back, not even where the title is interpolated. */
    @Property(tries = 200)
    void explanationsNeverQuoteAnIdentifier(@ForAll("items") Item item, @ForAll("identifiers") String identifier) {
        Decision d = engine.classify(item.toBuilder().title("关于卡号" + identifier + "的来信").text(identifier).build());
        String json = ContractJson.mapper().valueToTree(d).toString();
        assertThat(json).doesNotContain(identifier);
    }

    @Provide
    Arbitrary<String> signalTexts() {
        return Arbitraries.of("★秘密★", "机密★1年", "密级：绝密", "（秘密）", "涉密", "是否涉密待定", "内部资料",
                "工作秘密", "不得外传", "仅供内部使用", "会议纪要", "会议记录", "讨论稿", "送审稿", "代拟稿", "初稿", "草稿",
                "请示", "磋商函", "磋商意见", "意见的函", "身份证号 522632197503120418", "身份证号 522632201506080326",
                "联系电话 13885512345", "银行账号 6222021777777777774");
    }

    @Provide
    Arbitrary<String> identifiers() {
        return Arbitraries.of("522632197503120418", "522632201506080326", "522632750312041", "13885512345",
                "6222021777777777774");
    }

    @Provide
    Arbitrary<Disclosure> markings() {
        return Arbitraries.of(Disclosure.class).injectNull(0.5);
    }

    @Provide
    Arbitrary<SecretLevel> secretLevels() {
        return Arbitraries.of(SecretLevel.SECRET, SecretLevel.CONFIDENTIAL, SecretLevel.TOP_SECRET);
    }

    /** The protective facts of tiers 1–4 of contract §4. */
    @Provide
    Arbitrary<UnaryOperator<Item.Builder>> protectiveFacts() {
        List<UnaryOperator<Item.Builder>> facts = List.of(
                b -> b.governmentInformation(false),
                b -> b.secretLevel(SecretLevel.SECRET).declassified(false),
                b -> b.secrecyUndetermined(true),
                b -> b.prohibitedByLaw(true),
                b -> b.endangersSecurityOrStability(true),
                b -> b.personalInfo(true).separable(false).thirdPartyConsent(ThirdPartyConsent.NOT_ASKED)
                        .consentFields(Set.of()).publicInterestOverride(false),
                b -> b.tradeSecret(true).separable(false).thirdPartyConsent(ThirdPartyConsent.NOT_ASKED)
                        .consentFields(Set.of()).publicInterestOverride(false),
                b -> b.tradeSecret(true),
                b -> b.personalInfo(true).separable(false),
                b -> b.involvesMinors(true).separable(false),
                b -> b.processInfo(true).finalVersion(false),
                b -> b.enforcementCaseFile(true));
        return Arbitraries.of(facts);
    }

    /**
     * Most generated items carry no secret marking, so the other rules get exercised too. The
     * fields of revision 2 come with their companions (contract §5), as a caller must send them.
     */
    @Provide
    Arbitrary<Item> items() {
        return baseItems().flatMap(item -> Combinators.combine(
                        Arbitraries.of(PersonalInfoField.class).set().ofMaxSize(3),
                        Arbitraries.of(PersonalInfoField.class).set().ofMaxSize(3),
                        Arbitraries.of(CreditSeverity.class).injectNull(0.5),
                        Arbitraries.of(LocalDate.of(2026, 9, 30), LocalDate.of(2027, 1, 4)).injectNull(0.7))
                .as((statutory, consent, severity, revoked) -> withRevisionTwoFields(item, statutory, consent, severity, revoked)));
    }

    private static Item withRevisionTwoFields(Item item, Set<PersonalInfoField> statutory, Set<PersonalInfoField> consent,
                                              CreditSeverity severity, LocalDate revoked) {
        Item.Builder b = item.toBuilder();
        if (item.lawRequiresDisclosure()) {
            b.statutoryFields(statutory);
        }
        if (item.thirdPartyConsent() == ThirdPartyConsent.GRANTED) {
            b.consentFields(consent);
        }
        if (item.category() == Category.PENALTY_DECISION || item.category() == Category.LICENSING_RESULT) {
            b.creditSeverity(severity).revokedOn(revoked);
        }
        return b.build();
    }

    private Arbitrary<Item> baseItems() {
        return Builders.withBuilder(() -> Item.builder("生成的事项"))
                .use(Arbitraries.of(Category.class).injectNull(0.2)).in(Item.Builder::category)
                .use(Arbitraries.of(ServiceArea.class)).in(Item.Builder::serviceArea)
                .use(Arbitraries.of(ListStage.class).injectNull(0.4)).in(Item.Builder::listStage)
                .use(Arbitraries.of(AssistanceType.class).injectNull(0.4)).in(Item.Builder::assistanceType)
                .use(Arbitraries.of(WorkTask.class).injectNull(0.7)).in(Item.Builder::workTask)
                .use(Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(SecretLevel.NONE)),
                        Tuple.of(2, Arbitraries.of(SecretLevel.class)))).in(Item.Builder::secretLevel)
                .use(Arbitraries.of(ConfidentialityReview.class)).in(Item.Builder::confidentialityReview)
                .use(Arbitraries.of(ThirdPartyConsent.class)).in(Item.Builder::thirdPartyConsent)
                .use(Arbitraries.of(InternalAffairs.class)).in(Item.Builder::internalAffairs)
                .use(Arbitraries.of(PersonalInfoField.class).set().ofMaxSize(4)).in(Item.Builder::personalInfoFields)
                .use(Arbitraries.integers().between(0, (1 << 22) - 1)).in(DecisionPropertiesTest::flags)
                .use(Arbitraries.of(LocalDate.of(2022, 9, 28), LocalDate.of(2023, 1, 19), LocalDate.of(2026, 12, 20)).injectNull(0.5))
                .in(Item.Builder::formedOn)
                .build(Item.Builder::build);
    }

    /** Sets each boolean field from one bit; bits are drawn so that about a quarter are set. */
    private static Item.Builder flags(Item.Builder b, int bits) {
        boolean[] f = new boolean[22];
        for (int i = 0; i < f.length; i++) {
            f[i] = ((bits >> i) & 1) == 1 && ((bits >> ((i + 7) % 22)) & 1) == 1;
        }
        return b.majorDecision(f[0]).governmentInformation(!f[1]).declassified(f[2]).originalClassification(f[3])
                .secrecyUndetermined(f[4]).internalMarking(f[5]).prohibitedByLaw(f[6]).endangersSecurityOrStability(f[7])
                .personalInfo(f[8]).involvesMinors(f[9]).tradeSecret(f[10]).separable(f[11]).publicInterestOverride(f[12])
                .donorsRefusedPublication(f[13]).processInfo(f[14]).finalVersion(f[15]).openForConsultation(f[16])
                .enforcementCaseFile(f[17]).usedAsAdministrativeBasis(f[18]).lawRequiresDisclosure(f[19])
                .affectsPublicInterest(f[20]).socialImpact(f[21]);
    }

    private static ObjectNode comparable(Decision d) {
        ObjectNode node = ContractJson.mapper().valueToTree(d);
        node.remove("decisionId");
        return node;
    }
}
