package cn.rongjiang.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.core.cases.FolderCheck;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each broken rule folder is refused with a message naming the file and line, never loaded
 * (issue 6 §3); a rule that fails while deciding gives an error for that item only (§4).
 */
class BrokenRuleFoldersTest {
    private static final String HEADER = """
            package disclosure;

            import cn.rongjiang.disclosure.core.model.*;
            import cn.rongjiang.disclosure.core.engine.*;

            global FindingRecorder finding;
            """;

    private static final String DEFAULT_RULE = """
            rule "When nothing else applies, information is released on request"
                @ruleId("D-DEFAULT") @legalBasis("条例第十三条") @principle("以公开为原则") @explanation("《{title}》依申请公开。")
            when
                Item()
            then
                finding.releaseOnRequest();
            end
            """;

    @TempDir
    Path tmp;

    private Path folder(String drl) throws Exception {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("disclosure"));
        Files.writeString(rules.resolve("disclosure/main.drl"), HEADER + DEFAULT_RULE + drl, StandardCharsets.UTF_8);
        return rules;
    }

    private static List<String> problems(Path folder) {
        try {
            DisclosureEngine.load(folder);
        } catch (RuleLoadException e) {
            return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
        }
        throw new AssertionError("the folder loaded, but it is broken");
    }

    /** The cases of an if/else are written as rules with exclusive conditions: they may share one id. */
    @Test
    void variantsOfOneRuleShareItsIdInOneFileUnderOnePrinciple() throws Exception {
        Path rules = folder("""
                rule "a child that can be cut out" @ruleId("X-1") @legalBasis("b") @principle("p") @explanation("删去。")
                when
                    Item( involvesMinors, separable )
                then
                    finding.redact(RedactionTarget.MINOR_IDENTITY, RedactionAction.REMOVE);
                end
                rule "a child that cannot" @ruleId("X-1") @legalBasis("b") @principle("p") @explanation("不予公开。")
                when
                    Item( involvesMinors, !separable )
                then
                    finding.withhold(Tier.THIRD_PARTY, WithholdingReason.THIRD_PARTY_RIGHTS);
                end
                """);
        DisclosureEngine engine = DisclosureEngine.load(rules);
        Decision cut = engine.classify(cn.rongjiang.disclosure.core.model.Item.builder("t").involvesMinors(true).separable(true).build());
        Decision withheld = engine.classify(cn.rongjiang.disclosure.core.model.Item.builder("t").involvesMinors(true).build());

        assertThat(cut.redactions()).extracting(r -> r.ruleId()).containsExactly("X-1");
        assertThat(withheld.reasons().get(0).ruleId()).isEqualTo("X-1");
        assertThat(withheld.reasons().get(0).explanation()).isEqualTo("不予公开。");
    }

    @Test
    void oneIdUnderTwoPrinciplesIsADuplicate() throws Exception {
        Path rules = folder("""
                rule "one" @ruleId("X-1") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                then
                    finding.withhold(Tier.ABSOLUTE, WithholdingReason.PROHIBITED_BY_LAW);
                end
                rule "two" @ruleId("X-1") @legalBasis("b") @principle("q") @explanation("e")
                when
                    Item( endangersSecurityOrStability )
                then
                    finding.withhold(Tier.ABSOLUTE, WithholdingReason.SECURITY_OR_STABILITY);
                end
                """);
        assertThat(problems(rules)).singleElement().asString().contains("duplicate rule id `X-1`");
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() throws Exception {
        Path rules = folder("""
                rule "broken" @ruleId("X-1") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( secretLevel != SecretLevel.NONE ))
                then
                end
                """);
        assertThat(problems(rules)).singleElement().asString().matches(".*/disclosure/main\\.drl:\\d+: syntax error at column \\d+: .*");
    }

    @Test
    void aRuleWithoutIdOrExplanationIsRefused() throws Exception {
        Path rules = folder("""
                rule "no id"
                    @legalBasis("b") @principle("p")
                when
                    Item( prohibitedByLaw )
                then
                    finding.withhold(Tier.ABSOLUTE, WithholdingReason.PROHIBITED_BY_LAW);
                end
                """);
        assertThat(problems(rules)).singleElement().asString().contains("main.drl:14: rule \"no id\" has no @ruleId, @explanation");
    }

    @Test
    void theCommonestProblemsAreAlsoSaidInChineseWithAStableCode() throws Exception {
        Path rules = folder("""
                rule "field" @ruleId("X-1") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( personalInfoFeilds contains PersonalInfoField.NAME )
                then
                    finding.withhold(Tier.THIRD_PARTY, WithholdingReason.THIRD_PARTY_RIGHTS);
                end

                rule "value" @ruleId("X-2") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( secretLevel == SecretLevel.SECERT )
                then
                    finding.withhold(Tier.ABSOLUTE, WithholdingReason.STATE_SECRET);
                end
                """);
        assertThat(problems(rules))
                .anySatisfy(p -> assertThat(p).contains("unknown field `personalInfoFeilds` of Item; did you mean `personalInfoFields`?",
                        "未知字段 personalInfoFeilds，您是否想写 personalInfoFields（个人信息种类）？", "[UNKNOWN_FIELD]"))
                .anySatisfy(p -> assertThat(p).contains("did you mean `SecretLevel.SECRET`?",
                        "SecretLevel 没有 SECERT 这个取值，您是否想写 SecretLevel.SECRET（秘密）？", "[UNKNOWN_VALUE]"));
    }

    @Test
    void aPlaceholderInChineseOrWithSpacesIsRefusedToo() throws Exception {
        Path rules = folder("""
                rule "zh" @ruleId("X-1") @legalBasis("b") @principle("p") @explanation("{服务场所}的{ title }已公开")
                when
                    Item( prohibitedByLaw )
                then
                    finding.withhold(Tier.ABSOLUTE, WithholdingReason.PROHIBITED_BY_LAW);
                end
                """);
        assertThat(problems(rules)).hasSize(2).allSatisfy(p -> assertThat(p.toString()).contains("main.drl:14: rule X-1"))
                .anySatisfy(p -> assertThat(p.toString()).contains("uses `{服务场所}`, which is not a known placeholder",
                        "说明中的 {服务场所} 不是可用的占位符", "[UNKNOWN_PLACEHOLDER]"))
                .anySatisfy(p -> assertThat(p.toString()).contains("uses `{ title }`"));
    }

    @Test
    void anUnknownPlaceholderInAnExplanationIsRefused() throws Exception {
        Path rules = folder("""
                rule "typo" @ruleId("X-1") @legalBasis("b") @principle("p") @explanation("《{titel}》")
                when
                    Item( prohibitedByLaw )
                then
                    finding.withhold(Tier.ABSOLUTE, WithholdingReason.PROHIBITED_BY_LAW);
                end
                """);
        assertThat(problems(rules)).singleElement().asString().contains("uses `{titel}`, which is not a known placeholder");
    }

    @Test
    void aLiftOfAnUnknownRuleIsRefused() throws Exception {
        Path rules = folder("""
                rule "lift" @ruleId("X-1") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( declassified )
                then
                    finding.lift("W-SECRETS");
                end
                """);
        assertThat(problems(rules)).singleElement().asString().contains("rule X-1 lifts `W-SECRETS`, but no rule has that id");
    }

    @Test
    void anEmptyFolderAndAMissingFolderAreRefused() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        assertThat(problems(tmp.resolve("empty"))).singleElement().asString().contains("has no rule files");
        assertThat(problems(tmp.resolve("missing"))).singleElement().asString().contains("is not a folder");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Path rules = folder("");
        Files.write(rules.resolve("disclosure/gbk.drl"), "// 国家秘密".getBytes("GBK"));
        assertThat(problems(rules)).singleElement().asString().contains("gbk.drl: is not UTF-8 text");
    }

    @Test
    void aLinkOutOfTheFolderIsRefused() throws Exception {
        Path rules = folder("");
        Path outside = Files.writeString(tmp.resolve("outside.drl"), HEADER);
        Files.createSymbolicLink(rules.resolve("disclosure/linked.drl"), outside);
        assertThat(problems(rules)).singleElement().asString().contains("linked.drl: is a link to a file outside the rule folder");
    }

    @Test
    void aBadCalendarOrKeywordRowIsRefusedWithItsLine() throws Exception {
        Path rules = folder("");
        Files.createDirectories(rules.resolve("calendar"));
        Files.createDirectories(rules.resolve("tables"));
        Files.writeString(rules.resolve("calendar/cn-workdays.csv"), "date,kind,name,source\n2024-02-30,HOLIDAY,春节,x\n");
        Files.writeString(rules.resolve("tables/category-keywords.csv"),
                "keyword,category,sets,onlyFor,note\n办事指南,SERVICE_GIUDE,,,\n");
        List<String> problems = problems(rules);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("calendar/cn-workdays.csv:2:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("tables/category-keywords.csv:2:").contains("SERVICE_GIUDE"));
    }

    @Test
    void aFailingGoldenCaseKeepsTheFolderFromPassingTheCheck() throws Exception {
        Path rules = folder("");
        Files.createDirectories(rules.resolve("cases"));
        Files.writeString(rules.resolve("cases/c.json"), """
                [{"name": "a secret", "item": {"title": "x", "secretLevel": "SECRET"},
                  "expect": {"disclosure": "WITHHELD", "ruleIds": ["D-DEFAULT"]}}]
                """);
        FolderCheck check = FolderCheck.of(rules);
        assertThat(check.passed()).isFalse();
        assertThat(check.failures()).singleElement().satisfies(f ->
                assertThat(f.differences()).anySatisfy(d -> assertThat(d).contains("want \"WITHHELD\"")));
    }

    @Test
    void aRuleMayNotWriteTheEnginesOwnFirstStatement() throws Exception {
        Path rules = folder("""
                rule "pretends to be another rule" @ruleId("X-SPOOF") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                then
                    finding.beginRule("D-DEFAULT");
                    finding.note();
                end
                """);
        // refused twice over: the engine's own call is no rule action, and the marks refuse it too
        assertThat(problems(rules)).hasSize(2)
                .anySatisfy(p -> assertThat(p).matches(".*/disclosure/main\\.drl:\\d+: rule X-SPOOF calls finding\\.beginRule, which only the engine may use.*"))
                .anySatisfy(p -> assertThat(p).matches(".*/disclosure/main\\.drl:18: rule X-SPOOF: `finding\\.beginRule` is not an action a rule may take.*"));
    }

    @Test
    void anErrorInAConsequenceKeepsTheLineAsWritten() throws Exception {
        Path rules = folder("""
                rule "calls what does not exist" @ruleId("X-TYPO") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                then finding.publishProactivly();
                end
                """);
        int ruleLine = HEADER.split("\n", -1).length + DEFAULT_RULE.split("\n", -1).length - 1;
        // the line of `then finding.publishProactivly();`, three below the rule's first line
        assertThat(problems(rules)).singleElement().asString().contains("main.drl:" + (ruleLine + 3) + ": rule X-TYPO: ")
                .contains("did you mean `finding.publishProactively`?");
    }

    @Test
    void aRuleWithAnEmptyConsequenceStillCountsAsFiredForALift() throws Exception {
        Path rules = folder("""
                rule "marks nothing" @ruleId("X-EMPTY") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                then
                end

                rule "lifts the empty one" @ruleId("X-LIFT") @legalBasis("b") @principle("p") @explanation("lifted")
                when
                    Item( prohibitedByLaw )
                then
                    finding.lift("X-EMPTY");
                end
                """);
        Decision decision = DisclosureEngine.load(rules).classify(Item.builder("x").prohibitedByLaw(true).build());
        assertThat(decision.overridden()).anySatisfy(o -> assertThat(o.ruleId()).isEqualTo("X-EMPTY"));
    }

    @Test
    void aRuleThatThrowsGivesAnErrorForThatItemOnlyAndNeverAClass() throws Exception {
        // Java in a consequence is refused now; what can still fail is a condition, here a text
        // method on a field the item leaves empty (null)
        Path rules = folder("""
                rule "throws for one title" @ruleId("X-BOOM") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( title == "boom", summary.length() > 3 )
                then
                    finding.note();
                end
                """);
        DisclosureEngine engine = DisclosureEngine.load(rules);
        assertThatThrownBy(() -> engine.classify(Item.builder("boom").build()))
                .isInstanceOf(ClassificationException.class)
                .hasMessageContaining("rule X-BOOM failed")
                .satisfies(e -> assertThat(((ClassificationException) e).ruleId()).isEqualTo("X-BOOM"));
        assertThat(engine.classify(Item.builder("boom").summary("long enough").build()).reasons())
                .anySatisfy(r -> assertThat(r.ruleId()).isEqualTo("X-BOOM"));
        // the same thread's next item is decided normally: the broken session was discarded
        Decision next = engine.classify(Item.builder("fine").build());
        assertThat(next.disclosure()).isEqualTo(Disclosure.ON_REQUEST);
    }

    @Test
    void aRuleThatWouldLoopIsRefusedWhenTheRulesLoad() throws Exception {
        // update() made a rule fire again and again (the firing limit stopped it); the rule language
        // has no update, modify or insert, so each rule fires at most once per item
        Path rules = folder("""
                rule "loops" @ruleId("X-LOOP") @legalBasis("b") @principle("p") @explanation("e")
                when
                    $i : Item( title == "loop" )
                then
                    update($i);
                end
                """);
        assertThat(problems(rules)).containsExactly(
                rules + "/disclosure/main.drl:16: rule X-LOOP: `$i : Item( … )` is not allowed; write Item( … ) "
                        + "without a name: a consequence never uses the item itself",
                rules + "/disclosure/main.drl:18: rule X-LOOP: only finding.…(…) may be called: `update` is not allowed "
                        + "here; " + "a consequence may only record findings, one finding.action(…); per statement, "
                        + "whose arguments are text in quotes (joined with + if long), whole numbers, true/false or "
                        + "values such as Tier.THIRD_PARTY");
    }

    @Test
    void aClassRuleInTheSecondPassIsRefusedWhenTheRulesLoad() throws Exception {
        Path rules = folder("""
                rule "decides late" @ruleId("X-LATE") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( title == "late" )
                    Decided()
                then
                    finding.publishProactively();
                end
                """);
        assertThat(problems(rules)).singleElement().asString()
                .matches(".*/disclosure/main\\.drl:\\d+: rule X-LATE matches Decided and decides a class.*");
    }

    @Test
    void aDecidedConditionTheEngineCannotReadIsRefused() throws Exception {
        Path rules = folder("""
                rule "odd condition" @ruleId("X-ODD") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                    Decided( disclosure == Disclosure.PROACTIVE || statutoryPublicity )
                then
                    finding.note();
                end

                rule "misspelt value" @ruleId("X-SPELL") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                    Decided( disclosure == Disclosure.PROACTIVF )
                then
                    finding.note();
                end

                rule "only the class" @ruleId("X-ONLY") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Decided( disclosure == Disclosure.PROACTIVE )
                then
                    finding.note();
                end

                rule "nested" @ruleId("X-NESTED") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                    not Decided( disclosure == Disclosure.WITHHELD )
                then
                    finding.note();
                end

                rule "bound" @ruleId("X-BOUND") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                    $d : Decided( disclosure == Disclosure.WITHHELD )
                then
                    finding.note();
                end
                """);
        List<String> problems = problems(rules);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule X-ODD tests Decided in a way the engine cannot read")
                .contains("is not understood"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule X-SPELL")
                .contains("did you mean `Disclosure.PROACTIVE`"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule X-ONLY matches only Decided"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule X-NESTED matches Decided inside not"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("rule X-BOUND binds Decided"));
        assertThat(problems).allSatisfy(p -> assertThat(p).matches(".*/disclosure/main\\.drl:\\d+: .*"));
    }

    @Test
    void aSecondPassRuleCountsOnlyWhenItsConditionHoldsForTheDecidedClass() throws Exception {
        Path rules = folder("""
                rule "secret" @ruleId("X-SECRET") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item( prohibitedByLaw )
                then
                    finding.withhold(Tier.ABSOLUTE, WithholdingReason.PROHIBITED_BY_LAW);
                end

                rule "review when withheld" @ruleId("X-REVIEW") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item()
                    Decided( disclosure == Disclosure.WITHHELD )
                then
                    finding.oblige(ObligationCode.PERIODIC_REVIEW, "复查");
                end

                rule "not when withheld" @ruleId("X-NOT-WITHHELD") @legalBasis("b") @principle("p") @explanation("e")
                when
                    Item()
                    Decided( disclosure != Disclosure.WITHHELD, !statutoryPublicity )
                then
                    finding.oblige(ObligationCode.CONSULT_THIRD_PARTY, "征求意见");
                end
                """);
        DisclosureEngine engine = DisclosureEngine.load(rules);

        Decision withheld = engine.classify(Item.builder("x").prohibitedByLaw(true).build());
        assertThat(withheld.obligations()).extracting(o -> o.ruleId()).containsExactly("X-REVIEW");

        Decision onRequest = engine.classify(Item.builder("y").build());
        assertThat(onRequest.disclosure()).isEqualTo(Disclosure.ON_REQUEST);
        assertThat(onRequest.obligations()).extracting(o -> o.ruleId()).containsExactly("X-NOT-WITHHELD");
    }
}
