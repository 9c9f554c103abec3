package cn.rongjiang.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.cases.CaseResult;
import cn.rongjiang.disclosure.core.cases.GoldenCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every golden case of {@code rules/cases/} holds through the library, rule ids included. */
class GoldenCaseTest {
    private static final GoldenCases CASES = GoldenCases.load(BundledRules.folder().resolve("cases"), "rules/cases");

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseHolds() {
        DisclosureEngine engine = BundledRules.engine();
        return CASES.cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.where() + ")", () -> {
            CaseResult result = GoldenCases.run(engine, c);
            assertThat(result.differences()).as(c.where() + " " + c.name()).isEmpty();
        }));
    }

    @Test
    void caseFilesAreWellFormed() {
        assertThat(CASES.problems()).isEmpty();
        assertThat(CASES.cases()).hasSizeGreaterThanOrEqualTo(39);
    }

    @Test
    void everyRuleOfTheCatalogueIsPinnedByACase() {
        assertThat(CASES.rulesWithoutCase(BundledRules.engine().rules()))
                .as("rules that no golden case names in its expected ruleIds")
                .isEmpty();
    }
}
