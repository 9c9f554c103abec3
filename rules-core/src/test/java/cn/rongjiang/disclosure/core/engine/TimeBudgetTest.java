package cn.rongjiang.disclosure.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.core.ClassificationException;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time budget per item: a legal but heavy rule set (hundreds of text scans over a long summary)
 * runs past a small budget and the item gets a {@link ClassificationException}, never a decision;
 * the same rules and item within the default budget are decided; the thread's next item is fine.
 */
class TimeBudgetTest {
    private static final int RULES = 300;

    @TempDir
    Path tmp;

    private Evaluator heavyRules() throws Exception {
        StringBuilder drl = new StringBuilder(RuleLanguageTest.HEADER).append(RuleLanguageTest.DEFAULT_RULE);
        for (int i = 0; i < RULES; i++) {
            // each scan is legal and short; together they cost real time on a long text
            drl.append("""
                    rule "scan %d" @ruleId("X-SCAN-%d") @legalBasis("测试") @principle("测试") @explanation("测试。")
                    when
                        Item( summary != null, !summary.contains("没有出现的词语%d"), !summary.contains("没有出现的词汇%d") )
                    then
                        finding.note();
                    end
                    """.formatted(i, i, i, i));
        }
        Path folder = tmp.resolve("rules");
        Files.createDirectories(folder.resolve("disclosure"));
        Files.writeString(folder.resolve("disclosure/heavy.drl"), drl, StandardCharsets.UTF_8);
        return RuleFolder.load(folder).evaluator();
    }

    private static Item longItem() {
        // the longest summary the contract allows, full of near misses: every scan compares at each place
        return Item.builder("长摘要").summary("没有出现的词".repeat(3_333)).build();
    }

    @Test
    void anItemPastItsBudgetGetsAnErrorAndTheNextItemIsDecided() throws Exception {
        Evaluator evaluator = heavyRules();
        // once off the budget: the first item to reach a condition pays Drools' compiling it
        evaluator.timeBudget(Duration.ofMinutes(1));
        assertThat(evaluator.classify(longItem(), null).disclosure()).isEqualTo(Disclosure.ON_REQUEST);

        evaluator.timeBudget(Duration.ofMillis(1));
        assertThatThrownBy(() -> evaluator.classify(longItem(), null))
                .isInstanceOf(ClassificationException.class)
                .hasMessage("the rules took longer than 1 ms for one item (the time budget)")
                .satisfies(e -> assertThat(((ClassificationException) e).ruleId()).isNull());

        // the same thread's next item is decided, in a fresh session
        evaluator.timeBudget(Evaluator.DEFAULT_TIME_BUDGET);
        assertThat(evaluator.classify(Item.builder("短").build(), null).disclosure()).isEqualTo(Disclosure.ON_REQUEST);
    }

    @Test
    void theSameWorkWithinTheDefaultBudgetIsDecided() throws Exception {
        Evaluator evaluator = heavyRules();
        evaluator.timeBudget(Duration.ofMinutes(1));
        long first = timed(evaluator);
        evaluator.timeBudget(Evaluator.DEFAULT_TIME_BUDGET);
        long warm = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            warm = Math.min(warm, timed(evaluator));
        }
        System.out.println("TimeBudgetTest: " + RULES + " rules scanning 20 000 characters twice: first item "
                + first / 1000 + " µs, then " + warm / 1000 + " µs");
        assertThat(Duration.ofNanos(warm)).isGreaterThan(Duration.ofMillis(1)).isLessThan(Evaluator.DEFAULT_TIME_BUDGET);
    }

    private static long timed(Evaluator evaluator) {
        long start = System.nanoTime();
        assertThat(evaluator.classify(longItem(), null).disclosure()).isEqualTo(Disclosure.ON_REQUEST);
        return System.nanoTime() - start;
    }

    @Test
    void theBudgetIsReadFromItsSystemProperty() {
        String before = System.getProperty(Evaluator.BUDGET_PROPERTY);
        try {
            System.clearProperty(Evaluator.BUDGET_PROPERTY);
            assertThat(Evaluator.configuredBudget()).isEqualTo(Duration.ofSeconds(1));
            System.setProperty(Evaluator.BUDGET_PROPERTY, "250");
            assertThat(Evaluator.configuredBudget()).isEqualTo(Duration.ofMillis(250));
            System.setProperty(Evaluator.BUDGET_PROPERTY, "0");
            assertThatThrownBy(Evaluator::configuredBudget).hasMessageContaining("positive number of milliseconds");
        } finally {
            if (before == null) {
                System.clearProperty(Evaluator.BUDGET_PROPERTY);
            } else {
                System.setProperty(Evaluator.BUDGET_PROPERTY, before);
            }
        }
    }
}
