package cn.rongjiang.disclosure.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Branches: DRL rules sharing one {@code @ruleId} are the cases of one legal rule (what an
 * {@code if} in a consequence used to say). One finding per id, the branch's own explanation,
 * one catalogue entry; an id shared any other way is still a duplicate.
 */
class RuleBranchesTest {
    private static final String BRANCHES = """
            rule "Children's identities are cut out when separable"
                @ruleId("X-CHILD") @legalBasis("未成年人保护法") @principle("未成年人保护") @explanation("《{title}》可以区分处理，删去儿童身份信息。")
            when
                Item( involvesMinors, separable )
            then
                finding.redact(RedactionTarget.MINOR_IDENTITY, RedactionAction.REMOVE);
            end

            rule "Children's identities that cannot be separated are withheld"
                @ruleId("X-CHILD") @legalBasis("未成年人保护法") @principle("未成年人保护") @explanation("《{title}》不能区分处理，不予公开。")
            when
                Item( involvesMinors, !separable )
            then
                finding.withhold(Tier.THIRD_PARTY, WithholdingReason.THIRD_PARTY_RIGHTS);
            end

            rule "Separable children's lists also lose their addresses"
                @ruleId("X-CHILD") @legalBasis("未成年人保护法") @principle("未成年人保护") @explanation("《{title}》可以区分处理，删去儿童身份信息。")
            when
                Item( involvesMinors, separable )
            then
                finding.redact(RedactionTarget.ADDRESS, RedactionAction.GENERALISE);
            end
            """;

    @TempDir
    Path tmp;

    private Path folder(String main, String other) throws Exception {
        Path folder = tmp.resolve("rules");
        Files.createDirectories(folder.resolve("disclosure"));
        Files.writeString(folder.resolve("disclosure/main.drl"), RuleLanguageTest.HEADER + RuleLanguageTest.DEFAULT_RULE + main,
                StandardCharsets.UTF_8);
        if (other != null) {
            Files.writeString(folder.resolve("disclosure/other.drl"), RuleLanguageTest.HEADER + other, StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static List<String> problems(Path folder) {
        try {
            DisclosureEngine.load(folder);
        } catch (RuleLoadException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the folder loaded");
    }

    @Test
    void branchesGiveOneFindingWithTheExplanationOfTheCaseInHand() throws Exception {
        DisclosureEngine engine = DisclosureEngine.load(folder(BRANCHES, null));

        Decision withheld = engine.classify(Item.builder("儿童名单").involvesMinors(true).build());
        assertThat(withheld.disclosure()).isEqualTo(Disclosure.WITHHELD);
        assertThat(withheld.reasons()).filteredOn(r -> r.ruleId().equals("X-CHILD")).singleElement()
                .satisfies(r -> assertThat(r.explanation()).isEqualTo("《儿童名单》不能区分处理，不予公开。"));

        // two branches fire: their cuts add up in the one finding of X-CHILD (redactions come in target order)
        Decision cut = engine.classify(Item.builder("儿童名单").involvesMinors(true).separable(true).build());
        assertThat(cut.disclosure()).isEqualTo(Disclosure.ON_REQUEST);
        assertThat(cut.redactions()).extracting(r -> r.target() + "/" + r.ruleId())
                .containsExactlyInAnyOrder(RedactionTarget.MINOR_IDENTITY + "/X-CHILD", RedactionTarget.ADDRESS + "/X-CHILD");

        // the catalogue lists the legal rule once, at its first branch, with the tier a branch decides at
        assertThat(engine.rules()).filteredOn(r -> r.ruleId().equals("X-CHILD")).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Children's identities are cut out when separable");
            assertThat(r.tier()).isEqualTo(Tier.THIRD_PARTY.number());
        });
    }

    @Test
    void anIdSharedAcrossLegalBasesOrFilesIsStillADuplicate() throws Exception {
        String otherBasis = BRANCHES.replaceFirst("@legalBasis\\(\"未成年人保护法\"\\) @principle\\(\"未成年人保护\"\\) @explanation\\(\"《\\{title}》不能",
                "@legalBasis(\"个人信息保护法\") @principle(\"未成年人保护\") @explanation(\"《{title}》不能");
        assertThat(problems(folder(otherBasis, null))).singleElement().asString()
                .contains("main.drl:").contains("duplicate rule id `X-CHILD`: already used by the rule at ")
                .contains("rules share an id only as branches of one legal rule: in the same file, with the same @legalBasis and @principle");

        Path folder = folder(BRANCHES, """
                rule "Elsewhere" @ruleId("X-CHILD") @legalBasis("未成年人保护法") @principle("未成年人保护") @explanation("测试。")
                when
                    Item( prohibitedByLaw )
                then
                    finding.note();
                end
                """);
        assertThat(problems(folder)).singleElement().asString().contains("other.drl:8: duplicate rule id `X-CHILD`");
    }

    @Test
    void aRuleWithBranchesCannotDependOnTheClass() throws Exception {
        String late = BRANCHES + """

                rule "Late branch"
                    @ruleId("X-CHILD") @legalBasis("未成年人保护法") @principle("未成年人保护") @explanation("测试。")
                when
                    Item( involvesMinors )
                    Decided( disclosure == Disclosure.PROACTIVE )
                then
                    finding.oblige(ObligationCode.PERIODIC_REVIEW, "复查");
                end
                """;
        assertThat(problems(folder(late, null))).singleElement().asString()
                .contains("rule X-CHILD has branches (rules sharing its id) and matches Decided");
    }
}
