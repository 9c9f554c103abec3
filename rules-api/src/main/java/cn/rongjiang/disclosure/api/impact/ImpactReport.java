package cn.rongjiang.disclosure.api.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a rule change does to a set of items (the JSON of {@code impact --json}): how many items,
 * how many decisions changed, and the changes counted by class ({@code from} → {@code to}; the
 * same class when only something else changed), by rule id gained or lost among the reasons, and
 * by withholding reason; each with the first examples, in input order ({@code id}, or
 * {@code #index} for an item without one). Items that are not valid, or that either rule set
 * could not decide, are counted apart and never compared.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImpactReport(Versions versions, int items, int changed, int invalid, int failed,
                           List<Transition> transitions, Rules rules, List<Transition> withholdingReasons) {

    /** The two rule sets compared. */
    public record Versions(String from, String to) {
    }

    /** Items whose value went from {@code from} to {@code to} (null: none). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Transition(String from, String to, int count, List<String> examples) {
    }

    /** Rule ids a decision newly names ({@code gained}) or no longer names ({@code lost}): reasons, overridden findings, redactions, obligations, deadline. */
    public record Rules(Map<String, Count> gained, Map<String, Count> lost) {
    }

    /** How many items, and the first of them. */
    public record Count(int count, List<String> examples) {
    }

    /** The share of compared items whose class changed (0 when there were none). */
    public double classChangeShare() {
        int compared = items - invalid - failed;
        if (compared <= 0) {
            return 0;
        }
        int classChanged = transitions.stream().filter(t -> !java.util.Objects.equals(t.from(), t.to()))
                .mapToInt(Transition::count).sum();
        return (double) classChanged / compared;
    }
}
