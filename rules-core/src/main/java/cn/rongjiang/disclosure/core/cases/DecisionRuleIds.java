package cn.rongjiang.disclosure.core.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule ids a decision (in the contract's JSON) names, as golden cases count them: in
 * {@code reasons}, {@code overridden}, {@code redactions}, {@code obligations} or
 * {@code deadline.rule}. Shared by the case check and the impact of a rule change, so both count alike.
 */
public final class DecisionRuleIds {
    private DecisionRuleIds() {
    }

    public static Set<String> of(JsonNode decision) {
        Set<String> ids = new TreeSet<>();
        for (String key : List.of("reasons", "overridden", "redactions", "obligations")) {
            decision.path(key).forEach(x -> {
                if (x.path("ruleId").isTextual()) {
                    ids.add(x.get("ruleId").asText());
                }
            });
        }
        if (decision.path("deadline").path("rule").isTextual()) {
            ids.add(decision.get("deadline").get("rule").asText());
        }
        return ids;
    }
}
