package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.inference.TitleNormalizer;
import java.util.List;

/**
 * Runs, once, what loading any rule folder runs first: the rule compiler and the Java compiler
 * behind it, the rule network, and the title normaliser with ICU's data. A service does this
 * on a spare core while its own framework starts, so its real load finds all of it ready.
 */
public final class WarmUp {
    private static final String RULE = """
            package warmup;
            import cn.rongjiang.disclosure.core.model.*;
            import cn.rongjiang.disclosure.core.engine.*;
            global FindingRecorder finding;
            rule "warm-up"
                @ruleId("WARM-UP") @legalBasis("-") @principle("-") @explanation("{title}")
            when
                Item( secretLevel != SecretLevel.NONE, category == Category.OTHER )
            then
                finding.note();
            end
            """;

    private WarmUp() {
    }

    /** Does the work; any failure is left to the real load to report. */
    public static void run() {
        try {
            TitleNormalizer.normalize("關於（２０２２）年度預算公開的通知");
            compile().kieBase().newKieSession().dispose();
        } catch (RuntimeException | LinkageError e) {
            // Nothing to do: the real load compiles the real rules and reports every problem.
        }
    }

    /** The warm-up rule, compiled the way a rule folder's files are. */
    static RuleCompiler.Result compile() {
        return RuleCompiler.compile(List.of(new RuleCompiler.Source("warm-up.drl", "warm-up.drl", RULE)));
    }
}
