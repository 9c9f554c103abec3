package cn.rongjiang.disclosure.api.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fault injection for a copied rule folder: rule {@code T-FAULT} throws while deciding one item
 * (title {@link #BOOM_TITLE}); for {@link #SAFE_TITLE} it only records a note, and a golden case
 * pins it there, so the folder passes its check and the rule is activated.
 *
 * <p>The rule language allows no Java in a consequence (it used to call {@code Integer.parseInt}
 * on the title, whose exception quotes it), so the fault is what a legal rule can still do: a
 * condition calls a text method on a field the item leaves empty ({@code owningOffice}, null), and
 * Drools fails while testing it. The item's summary still names a person, so the tests still show
 * that neither bodies nor the log carry item content.
 */
final class FaultRules {
    /** Looks like a real item: a household's name in the title, which must never reach a body or the log. */
    static final String BOOM_TITLE = "boom：张三家庭收入核查表";
    static final String BOOM_SECRET_PART = "张三家庭收入核查表";
    static final String SAFE_TITLE = "boom-safe 故障注入无害分支";

    static final String DRL = """
            // 故障注入（仅测试）：对一个特定标题抛出异常
            package disclosure;

            import cn.rongjiang.disclosure.core.model.*;
            import cn.rongjiang.disclosure.core.engine.*;

            global FindingRecorder finding;

            rule "Fault injection for the adversarial suite"
                @ruleId("T-FAULT")
                @legalBasis("测试用故障注入，无法律依据")
                @principle("故障注入")
                @explanation("《{title}》触发了测试用的故障注入规则。")
            when
                Item( title == "%s" || title == "%s" && owningOffice.length() > 0 )
            then
                finding.note();
            end
            """.formatted(SAFE_TITLE, BOOM_TITLE);

    static final String CASES = """
            [
              {
                "name": "故障注入规则的无害分支",
                "item": {"title": "%s"},
                "expect": {"disclosure": "ON_REQUEST", "ruleIds": ["T-FAULT"]}
              }
            ]
            """.formatted(SAFE_TITLE);

    private FaultRules() {
    }

    /** Adds the fault rule and its golden case to {@code rules}. */
    static void addTo(Path rules) {
        try {
            Files.writeString(rules.resolve("disclosure/99-fault-injection.drl"), DRL, StandardCharsets.UTF_8);
            Files.writeString(rules.resolve("cases/fault-injection.json"), CASES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
