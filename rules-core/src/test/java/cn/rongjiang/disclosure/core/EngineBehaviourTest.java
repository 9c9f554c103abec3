package cn.rongjiang.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.cases.GoldenCase;
import cn.rongjiang.disclosure.core.cases.GoldenCases;
import cn.rongjiang.disclosure.core.json.ContractJson;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.AssistanceType;
import cn.rongjiang.disclosure.core.model.Audience;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.Channel;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ListStage;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.RedactionAction;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.ServiceArea;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** How the engine behaves beyond single golden cases: threads, JSON shape, channels, redaction merging. */
class EngineBehaviourTest {
    private final DisclosureEngine engine = BundledRules.engine();

    @Test
    void severalThreadsGetIdenticalDecisionsForTheSameItems() throws Exception {
        List<GoldenCase> cases = GoldenCases.load(BundledRules.folder().resolve("cases"), "rules/cases").cases();
        List<JsonNode> expected = new ArrayList<>();
        for (GoldenCase c : cases) {
            expected.add(comparable(classify(c.item())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<JsonNode>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<List<JsonNode>> run = () -> {
                    List<JsonNode> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        out.clear();
                        for (GoldenCase c : cases) {
                            out.add(comparable(classify(c.item())));
                        }
                    }
                    return out;
                };
                runs.add(pool.submit(run));
            }
            for (Future<List<JsonNode>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void assistanceListsGoOnlyToTheVillageBoardEvenWhenOtherRulesNameWebsites() {
        Decision d = engine.classify(Item.builder("2022年9月城乡低保对象名单")
                .category(Category.ASSISTANCE_LIST).listStage(ListStage.APPROVED).assistanceType(AssistanceType.DIBAO)
                .serviceArea(ServiceArea.SOCIAL_ASSISTANCE).needsBroadAwareness(true).build());

        assertThat(d.disclosure()).isEqualTo(Disclosure.PROACTIVE);
        assertThat(d.channels()).containsExactly(Channel.VILLAGE_BOARD);
        assertThat(d.audience()).isEqualTo(Audience.LOCAL_COMMUNITY);
    }

    @Test
    void aStatuteKeepsTheNameAndRemovesEveryOtherPersonalFieldFlaggedOrNot() {
        Decision d = engine.classify(Item.builder("特困人员审批名单")
                .category(Category.ASSISTANCE_LIST).listStage(ListStage.APPROVED).assistanceType(AssistanceType.TEKUN)
                .personalInfoFields(Set.of(PersonalInfoField.NAME)).build());

        assertThat(d.redactions()).extracting(r -> r.target()).doesNotContain(RedactionTarget.NAME)
                .contains(RedactionTarget.ID_NUMBER, RedactionTarget.BANK_ACCOUNT, RedactionTarget.HEALTH);
        assertThat(d.redactions()).filteredOn(r -> r.target() == RedactionTarget.ADDRESS)
                .extracting(r -> r.action()).containsExactly(RedactionAction.GENERALISE);
        assertThat(d.partial()).isTrue();
    }

    @Test
    void sensitiveFieldsAreNeverMasked() {
        Decision d = engine.classify(Item.builder("高龄津贴发放情况(含健康状况、银行账号)")
                .category(Category.SOCIAL_POLICY).serviceArea(ServiceArea.ELDERLY_CARE)
                .personalInfoFields(Set.of(PersonalInfoField.HEALTH, PersonalInfoField.BANK_ACCOUNT, PersonalInfoField.DISABILITY))
                .separable(true).involvesMinors(true).build());

        assertThat(d.redactions()).filteredOn(r -> r.target().sensitive())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.action()).isNotEqualTo(RedactionAction.MASK));
    }

    @Test
    void theWithholdingReasonOfTierTwoFollowsTheContractOrder() {
        Decision d = engine.classify(Item.builder("x").endangersSecurityOrStability(true).prohibitedByLaw(true)
                .secrecyUndetermined(true).build());

        assertThat(d.withholdingReason().name()).isEqualTo("PENDING_SECRECY_DETERMINATION");
        assertThat(d.reasons()).extracting(r -> r.ruleId()).startsWith("W-UNDETERMINED", "W-LAW", "W-STABILITY");
    }

    @Test
    void aDeadlineIsNotGuessedPastTheCalendar() {
        Decision d = engine.classify(Item.builder("2026年12月修订的收费标准").category(Category.FEE_STANDARD)
                .formedOn(LocalDate.of(2026, 12, 20)).build());

        assertThat(d.deadline()).isNull();
        assertThat(d.obligations()).filteredOn(o -> o.code().name().equals("CALENDAR_MISSING"))
                .singleElement().satisfies(o -> assertThat(o.text()).contains("2027"));
    }

    @Test
    void decisionJsonCarriesTheContractFieldsAndLeavesOutAbsentOnes() throws Exception {
        ObjectNode item = (ObjectNode) ContractJson.mapper().readTree(
                "{\"id\":\"doc-17\",\"title\":\"2022年部门预算\",\"category\":\"BUDGET_FINAL_ACCOUNTS\",\"approvedOn\":\"2022-02-15\"}");
        JsonNode d = ContractJson.mapper().valueToTree(classify(item));

        assertThat(d.get("itemId").asText()).isEqualTo("doc-17");
        assertThat(d.get("label").asText()).isEqualTo("主动公开");
        assertThat(d.get("deadline").get("date").asText()).isEqualTo("2022-03-07");
        assertThat(d.get("category").get("source").asText()).isEqualTo("GIVEN");
        assertThat(d.get("rules").get("version").asText()).hasSize(12);
        assertThat(d.has("withholdingReason")).isFalse();
        assertThat(d.get("overridden").isArray()).isTrue();
        assertThat(d.get("decisionId").asText()).hasSize(36);
    }

    @Test
    void theDefaultIsNeverWithheld() {
        Decision d = engine.classify(Item.builder("其他信息").build());
        assertThat(d.disclosure()).isEqualTo(Disclosure.ON_REQUEST);
        assertThat(d.reasons()).extracting(r -> r.ruleId()).containsExactly("D-DEFAULT");
    }

    @Test
    void aStateSecretIsWithheldWhateverElseTheItemSays() {
        Decision d = engine.classify(Item.builder("x").secretLevel(SecretLevel.TOP_SECRET).category(Category.NORMATIVE_DOCUMENT)
                .affectsPublicInterest(true).lawRequiresDisclosure(true).thirdPartyConsent(cn.rongjiang.disclosure.core.model.ThirdPartyConsent.GRANTED)
                .publicInterestOverride(true).openForConsultation(true).build());
        assertThat(d.disclosure()).isEqualTo(Disclosure.WITHHELD);
        assertThat(d.withholdingReason().name()).isEqualTo("STATE_SECRET");
    }

    private Decision classify(JsonNode item) {
        ItemJson.Parsed parsed = ItemJson.read(item);
        assertThat(parsed.errors()).isEmpty();
        return engine.classify(parsed.item(), parsed.givenFields());
    }

    /** A decision without its fresh id, so two runs can be compared. */
    private static JsonNode comparable(Decision d) {
        ObjectNode node = ContractJson.mapper().valueToTree(d);
        node.remove("decisionId");
        return node;
    }
}
