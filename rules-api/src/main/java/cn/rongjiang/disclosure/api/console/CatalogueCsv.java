package cn.rongjiang.disclosure.api.console;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.RuleInfo;
import cn.rongjiang.disclosure.core.cases.GoldenCase;
import java.util.List;
import java.util.stream.Collectors;

/** The catalogue as CSV for review meetings: UTF-8 with a byte-order mark, or Excel reads it as GBK. */
final class CatalogueCsv {
    static final String BOM = "\uFEFF";

    private CatalogueCsv() {
    }

    static String render(DisclosureEngine engine) {
        CaseIndex cases = new CaseIndex(engine.ruleFolder());
        StringBuilder out = new StringBuilder(BOM);
        line(out, List.of("原则", "编号", "规则", "层级", "法律依据", "说明模板", "文件", "行号", "黄金案例"));
        for (RuleInfo r : engine.rules()) {
            String pinned = cases.pinning(r.ruleId()).stream().map(GoldenCase::name).collect(Collectors.joining("；"));
            line(out, List.of(r.principle(), r.ruleId(), r.name(), r.tier() == null ? "" : r.tier().toString(),
                    r.legalBasis(), r.explanation(), r.file(), String.valueOf(r.line()), pinned));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(CatalogueCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * RFC 4180 quoting; a cell that starts like a formula (=, +, -, @) gets a leading apostrophe,
     * since titles and explanations are text, not something for Excel to run.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
