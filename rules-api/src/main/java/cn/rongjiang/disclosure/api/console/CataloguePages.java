package cn.rongjiang.disclosure.api.console;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.RuleInfo;
import cn.rongjiang.disclosure.core.cases.GoldenCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 规则目录: every rule by principle, and one rule with the golden cases that pin it. */
final class CataloguePages {
    private CataloguePages() {
    }

    static String catalogue(DisclosureEngine engine) {
        CaseIndex cases = new CaseIndex(engine.ruleFolder());
        Map<String, List<RuleInfo>> byPrinciple = new LinkedHashMap<>();
        for (RuleInfo r : engine.rules()) {
            byPrinciple.computeIfAbsent(r.principle(), k -> new ArrayList<>()).add(r);
        }
        Html h = new Html();
        h.tag("<p class=\"muted\">规则版本 ").text(engine.ruleSet().version()).tag("，共 ").text(engine.rules().size())
                .tag(" 条（同一编号的几种情形分行列出）。点击编号查看规则及其黄金案例。</p>");
        for (Map.Entry<String, List<RuleInfo>> p : byPrinciple.entrySet()) {
            h.el("h2", p.getKey());
            h.tag("<table class=\"rules\"><tr><th>编号</th><th>法律依据</th><th>说明模板</th><th>文件:行号</th><th>黄金案例</th></tr>");
            for (RuleInfo r : p.getValue()) {
                h.tag("<tr><td>").link("/rules/" + r.ruleId(), r.ruleId()).tag("</td>")
                        .el("td", r.legalBasis()).el("td", r.explanation())
                        .el("td", r.file() + ":" + r.line())
                        .el("td", cases.pinning(r.ruleId()).size() + " 个").tag("</tr>");
            }
            h.tag("</table>");
        }
        return Layout.page("规则目录", h);
    }

    /** Null when no serving rule has {@code ruleId}. */
    static String rule(DisclosureEngine engine, String ruleId) {
        List<RuleInfo> variants = engine.rules().stream().filter(r -> r.ruleId().equals(ruleId)).toList();
        if (variants.isEmpty()) {
            return null;
        }
        Html h = new Html();
        h.tag("<p>原则：").text(variants.get(0).principle()).tag("</p>");
        h.tag("<table><tr><th>规则</th><th>法律依据</th><th>说明模板</th><th>文件:行号</th></tr>");
        for (RuleInfo r : variants) {
            h.tag("<tr>").el("td", r.name()).el("td", r.legalBasis()).el("td", r.explanation())
                    .el("td", r.file() + ":" + r.line()).tag("</tr>");
        }
        h.tag("</table>");
        List<GoldenCase> pinning = new CaseIndex(engine.ruleFolder()).pinning(ruleId);
        h.el("h2", "锁定这条规则的黄金案例（" + pinning.size() + " 个）");
        if (pinning.isEmpty()) {
            h.tag("<p class=\"bad\">没有案例点名这条规则：检查不会通过，请在 cases/*.json 中补一个。</p>");
        }
        h.tag("<table class=\"cases\"><tr><th>案例</th><th>文件:行号</th><th>事项</th><th>应得的决定</th></tr>");
        for (GoldenCase c : pinning) {
            h.tag("<tr>").el("td class=\"case-name\"", c.name()).el("td", c.file() + ":" + c.line())
                    .tag("<td><pre>").text(c.item().toPrettyString()).tag("</pre></td><td><pre>")
                    .text(c.expect().toPrettyString()).tag("</pre></td></tr>");
        }
        h.tag("</table>");
        return Layout.page("规则 " + ruleId, h);
    }
}
