package cn.rongjiang.disclosure.api.console;

import cn.rongjiang.disclosure.core.cases.GoldenCase;
import cn.rongjiang.disclosure.core.cases.GoldenCases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The golden cases of the serving folder, by the rule ids each pins (its expected {@code ruleIds}). */
final class CaseIndex {
    private final Map<String, List<GoldenCase>> byRule = new LinkedHashMap<>();

    /** Read afresh on each page: a score of small files, and the page then shows what is on disk. */
    CaseIndex(Path ruleFolder) {
        String shown = ruleFolder.getFileName() + "/cases";
        for (GoldenCase c : GoldenCases.load(ruleFolder.resolve("cases"), shown).cases()) {
            c.expect().path("ruleIds").forEach(id -> byRule.computeIfAbsent(id.asText(), k -> new ArrayList<>()).add(c));
        }
    }

    List<GoldenCase> pinning(String ruleId) {
        return byRule.getOrDefault(ruleId, List.of());
    }
}
