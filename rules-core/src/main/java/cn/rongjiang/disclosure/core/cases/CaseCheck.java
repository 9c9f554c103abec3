package cn.rongjiang.disclosure.core.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a decision (as contract JSON) with a case's {@code expect}, key by key, as
 * {@code ../shared/README.md} defines them; and checks that a case is well formed, so a
 * misspelt expectation is an error rather than a check that never runs.
 */
final class CaseCheck {
    static final Set<String> EXPECT_KEYS = Set.of("disclosure", "withholdingReason", "ruleIds", "partial",
            "redactionTargets", "notRedacted", "obligations", "noObligations", "deadline", "publicityDays",
            "audience", "updateCadence", "categorySource", "commentPeriodDays", "channels", "responsibleOffice",
            "publicityEnds");

    private CaseCheck() {
    }

    static List<String> shapeProblems(JsonNode c) {
        List<String> problems = new ArrayList<>();
        if (!c.path("name").isTextual()) {
            problems.add("needs a \"name\"");
        }
        if (!c.path("item").isObject()) {
            problems.add("needs an \"item\" object");
        }
        if (!c.path("expect").isObject()) {
            problems.add("needs an \"expect\" object");
        } else {
            for (Iterator<String> it = c.get("expect").fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!EXPECT_KEYS.contains(key)) {
                    problems.add("unknown expectation \"" + key + "\"; known: " + new TreeSet<>(EXPECT_KEYS));
                }
            }
        }
        return problems;
    }

    static List<String> differences(JsonNode e, JsonNode d) {
        List<String> bad = new ArrayList<>();
        same(bad, e, "disclosure", d.path("disclosure"));
        same(bad, e, "withholdingReason", d.path("withholdingReason"));
        same(bad, e, "partial", d.path("partial"));
        same(bad, e, "publicityDays", d.path("publicityDays"));
        same(bad, e, "commentPeriodDays", d.path("commentPeriodDays"));
        same(bad, e, "audience", d.path("audience"));
        same(bad, e, "updateCadence", d.path("updateCadence"));
        same(bad, e, "responsibleOffice", d.path("responsibleOffice"));
        same(bad, e, "deadline", d.path("deadline").path("date"));
        same(bad, e, "publicityEnds", d.path("publicityEnds"));
        same(bad, e, "categorySource", d.path("category").path("source"));

        Set<String> ids = DecisionRuleIds.of(d);
        List<String> missing = missing(e.path("ruleIds"), ids);
        if (!missing.isEmpty()) {
            bad.add("rule ids missing: " + missing + " (decision has " + ids + ")");
        }
        Set<String> redacted = values(d.path("redactions"), "target");
        List<String> notCut = missing(e.path("redactionTargets"), redacted);
        if (!notCut.isEmpty()) {
            bad.add("not redacted: " + notCut);
        }
        List<String> wronglyCut = present(e.path("notRedacted"), redacted);
        if (!wronglyCut.isEmpty()) {
            bad.add("wrongly redacted: " + wronglyCut);
        }
        Set<String> codes = values(d.path("obligations"), "code");
        List<String> noDuty = missing(e.path("obligations"), codes);
        if (!noDuty.isEmpty()) {
            bad.add("obligations missing: " + noDuty);
        }
        List<String> extraDuty = present(e.path("noObligations"), codes);
        if (!extraDuty.isEmpty()) {
            bad.add("obligations not expected: " + extraDuty);
        }
        Set<String> channels = new TreeSet<>();
        d.path("channels").forEach(c -> channels.add(c.asText()));
        List<String> noChannel = missing(e.path("channels"), channels);
        if (!noChannel.isEmpty()) {
            bad.add("channels missing: " + noChannel + " (decision has " + channels + ")");
        }
        return bad;
    }

    private static void same(List<String> bad, JsonNode expect, String key, JsonNode got) {
        // An expected null means: the decision has none (no deadline, no publicity end).
        JsonNode have = got.isMissingNode() ? NullNode.getInstance() : got;
        if (expect.has(key) && !expect.get(key).equals(have)) {
            bad.add(key + ": want " + expect.get(key) + ", got " + (got.isMissingNode() ? "nothing" : got));
        }
    }

    private static Set<String> values(JsonNode list, String field) {
        Set<String> out = new TreeSet<>();
        list.forEach(x -> {
            if (x.path(field).isTextual()) {
                out.add(x.get(field).asText());
            }
        });
        return out;
    }

    private static List<String> missing(JsonNode wanted, Set<String> have) {
        List<String> out = new ArrayList<>();
        wanted.forEach(w -> {
            if (!have.contains(w.asText())) {
                out.add(w.asText());
            }
        });
        return out;
    }

    private static List<String> present(JsonNode unwanted, Set<String> have) {
        List<String> out = new ArrayList<>();
        unwanted.forEach(w -> {
            if (have.contains(w.asText())) {
                out.add(w.asText());
            }
        });
        return out;
    }
}
