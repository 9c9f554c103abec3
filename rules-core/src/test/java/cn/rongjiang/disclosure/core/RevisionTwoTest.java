package cn.rongjiang.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.AssistanceType;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.Channel;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.FieldError;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ListStage;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.Reason;
import cn.rongjiang.disclosure.core.model.Redaction;
import cn.rongjiang.disclosure.core.model.RedactionAction;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import cn.rongjiang.disclosure.core.model.ServiceArea;
import cn.rongjiang.disclosure.core.model.ThirdPartyConsent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What revision 2 (issue 13) changes that a golden case cannot show: companions, actions, sentences. */
class RevisionTwoTest {
    private final DisclosureEngine engine = BundledRules.engine();

    @Test
    void companionFieldsWithoutTheirCompanionAreRefusedByName() throws Exception {
        ItemJson.Parsed parsed = ItemJson.read(new ObjectMapper().readTree("""
                {"title": "对某养老机构的行政处罚决定书", "statutoryFields": ["NAME"], "consentFields": ["HEALTH"],
                 "thirdPartyConsent": "NO_REPLY", "revokedOn": "2026-05-20", "creditSeverity": "SERIOUS"}"""));

        // No category was given: a keyword would infer PENALTY_DECISION, but a guess cannot make a field valid.
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("statutoryFields", "consentFields", "revokedOn", "creditSeverity");
    }

    @Test
    void companionFieldsWithTheirCompanionsAreAccepted() throws Exception {
        ItemJson.Parsed parsed = ItemJson.read(new ObjectMapper().readTree("""
                {"title": "对某养老机构的行政处罚决定书", "category": "PENALTY_DECISION", "lawRequiresDisclosure": true,
                 "statutoryFields": ["NAME"], "thirdPartyConsent": "GRANTED", "consentFields": ["HEALTH"],
                 "revokedOn": "2026-05-20", "creditSeverity": "SERIOUS"}"""));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.item().creditSeverity()).isNotNull();
        assertThat(parsed.givenFields()).contains("statutoryFields", "consentFields", "revokedOn", "creditSeverity");
    }

    @Test
    void theReasonOfATemporaryAssistanceListIsGeneralisedNotRemoved() {
        Decision d = engine.classify(Item.builder("2026年第三季度支出型临时救助对象名单")
                .category(Category.ASSISTANCE_LIST).assistanceType(AssistanceType.TEMPORARY).listStage(ListStage.APPROVED)
                .serviceArea(ServiceArea.SOCIAL_ASSISTANCE)
                .personalInfoFields(Set.of(PersonalInfoField.NAME, PersonalInfoField.HEALTH)).build());

        assertThat(d.redactions()).filteredOn(r -> r.target() == RedactionTarget.HEALTH)
                .extracting(Redaction::action, Redaction::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RedactionAction.GENERALISE, "P-SA-TEMP"));
    }

    @Test
    void aSocialOrganisationsDomicileIsNeitherCutNorGeneralised() {
        Decision d = engine.classify(Item.builder("某协会成立登记公告").category(Category.LICENSING_RESULT)
                .serviceArea(ServiceArea.SOCIAL_ORGANIZATIONS)
                .personalInfoFields(Set.of(PersonalInfoField.NAME, PersonalInfoField.ADDRESS)).build());

        assertThat(d.disclosure()).isEqualTo(Disclosure.PROACTIVE);
        assertThat(d.redactions()).extracting(Redaction::target)
                .doesNotContain(RedactionTarget.ADDRESS, RedactionTarget.NAME);
    }

    @Test
    void aChildsItemGoesOnlineOnceTheChildsIdentityIsCut() {
        Decision d = engine.classify(Item.builder("火灾事故应对处置情况的通报").category(Category.EMERGENCY)
                .involvesMinors(true).separable(true).build());

        assertThat(d.channels()).contains(Channel.GOVERNMENT_WEBSITE);
        assertThat(d.redactions()).extracting(Redaction::target).contains(RedactionTarget.MINOR_IDENTITY);
    }

    @Test
    void aMinorPenaltyIsNotOnTheCreditPlatformAndItsPublicityEnds() {
        Item penalty = Item.builder("对某养老机构的行政处罚决定").category(Category.PENALTY_DECISION)
                .formedOn(LocalDate.of(2026, 5, 20)).creditSeverity(cn.rongjiang.disclosure.core.model.CreditSeverity.MINOR).build();
        Decision d = engine.classify(penalty);

        assertThat(d.channels()).doesNotContain(Channel.CREDIT_PLATFORM);
        assertThat(d.publicityEnds()).isEqualTo(LocalDate.of(2026, 8, 20));
        assertThat(engine.classify(penalty.toBuilder().creditSeverity(null).build()).publicityEnds()).isNull();
    }

    @Test
    void aRevokedDecisionsOnlyDeadlineIsItsWithdrawal() {
        Decision d = engine.classify(Item.builder("对某养老机构的行政处罚决定").category(Category.PENALTY_DECISION)
                .formedOn(LocalDate.of(2026, 5, 20)).revokedOn(LocalDate.of(2026, 6, 1)).build());

        assertThat(d.deadline().rule()).isEqualTo("DL-WITHDRAW");
        assertThat(d.deadline().date()).isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void aConsentThatCoversSomeFieldsIsNotGivenAsAReasonWhenTheGateStays() {
        Decision d = engine.classify(Item.builder("某低保家庭入户调查表(户主一人同意公开)").category(Category.OTHER)
                .personalInfoFields(Set.of(PersonalInfoField.NAME, PersonalInfoField.FAMILY))
                .thirdPartyConsent(ThirdPartyConsent.GRANTED).build());

        assertThat(d.disclosure()).isEqualTo(Disclosure.WITHHELD);
        assertThat(d.reasons()).extracting(Reason::ruleId).doesNotContain("X-CONSENT");
        assertThat(d.reasons().get(0).explanation()).contains("第三方的同意未涵盖");
    }

    @Test
    void explanationsSayWhatIsKnownOfTheItemInHand() {
        Decision notAsked = engine.classify(Item.builder("某家庭情况表").personalInfo(true).build());
        assertThat(notAsked.reasons().get(0).explanation()).contains("未取得第三方同意").doesNotContain("第三方未同意公开");

        Decision prelim = engine.classify(Item.builder("古州镇初审对象公示").category(Category.ASSISTANCE_LIST)
                .listStage(ListStage.PRELIMINARY).build());
        assertThat(prelim.reasons()).extracting(Reason::explanation).noneMatch(e -> e.contains("未注明"))
                .noneMatch(e -> e.contains("不上网"));
    }
}
