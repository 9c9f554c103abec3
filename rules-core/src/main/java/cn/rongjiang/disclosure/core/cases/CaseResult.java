package cn.rongjiang.disclosure.core.cases;

import java.util.List;
import java.util.Set;

/** How one golden case fared: what differed (empty when it holds) and the rule ids the decision named. */
public record CaseResult(GoldenCase goldenCase, List<String> differences, Set<String> ruleIds) {

    public boolean holds() {
        return differences.isEmpty();
    }
}
