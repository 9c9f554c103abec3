package cn.rongjiang.disclosure.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up swallows its failures, so its rule must be checked here: a broken one would warm nothing. */
class WarmUpTest {

    @Test
    void theWarmUpRuleCompilesWithoutProblems() {
        RuleCompiler.Result result = WarmUp.compile();
        assertThat(result.problems()).isEmpty();
        assertThat(result.kieBase()).isNotNull();
        assertThat(result.rules()).singleElement().satisfies(rule -> assertThat(rule.ruleId()).isEqualTo("WARM-UP"));
    }
}
