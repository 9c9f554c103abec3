package cn.rongjiang.disclosure.api.impact;

import cn.rongjiang.disclosure.core.cases.DecisionRuleIds;
import cn.rongjiang.disclosure.core.ClassificationException;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ContractJson;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.Decision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decides every item with two rule sets and counts what changed. Decisions are compared as the
 * contract's JSON without {@code decisionId} and {@code rules} (version and load time), which
 * differ on every call. Items are decided on several threads; the report lists examples in input
 * order, so it is the same on every run.
 */
public final class Impact {
    private static final ObjectMapper JSON = ContractJson.mapper();

    private final DisclosureEngine before;
    private final DisclosureEngine after;
    private final int examples;

    public Impact(DisclosureEngine before, DisclosureEngine after, int examples) {
        this.before = before;
        this.after = after;
        this.examples = examples;
    }

    /** What happened to one item: unchanged (null), invalid, failed, or changed from one decision to another. */
    private record Outcome(String label, boolean invalid, boolean failed, Decision was, Decision is,
                           Set<String> wasRules, Set<String> isRules) {
    }

    private static final Outcome SAME = null;

    /** Compares the decisions of both rule sets on {@code items} (JSON as callers send them), on {@code threads} threads. */
    public ImpactReport compare(List<JsonNode> items, int threads) {
        Outcome[] outcomes = new Outcome[items.size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "impact");
            t.setDaemon(true);
            return t;
        });
        try {
            int chunk = 256;
            List<Future<?>> work = new ArrayList<>();
            for (int start = 0; start < items.size(); start += chunk) {
                int from = start;
                int to = Math.min(items.size(), start + chunk);
                work.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        outcomes[i] = outcome(i, items.get(i));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the comparison failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return report(outcomes);
    }

    private Outcome outcome(int index, JsonNode node) {
        String label = node != null && node.path("id").isTextual() ? node.get("id").asText() : "#" + index;
        ItemJson.Parsed parsed = node == null ? null : ItemJson.read(node);
        if (parsed == null || !parsed.ok()) {
            return new Outcome(label, true, false, null, null, null, null);
        }
        Decision was;
        Decision is;
        try {
            was = before.classify(parsed.item(), parsed.givenFields());
            is = after.classify(parsed.item(), parsed.givenFields());
        } catch (ClassificationException e) {
            // no decision is never compared as if it were one
            return new Outcome(label, false, true, null, null, null, null);
        }
        if (sameApartFromIdAndRules(was, is)) {
            return SAME;
        }
        JsonNode wasTree = comparable(was);
        JsonNode isTree = comparable(is);
        return wasTree.equals(isTree) ? SAME
                : new Outcome(label, false, false, was, is, DecisionRuleIds.of(wasTree), DecisionRuleIds.of(isTree));
    }

    /**
     * The quick test, on the records themselves: every component but {@code decisionId} and
     * {@code rules} equal. Read generically, so a component added to {@link Decision} is compared
     * too. Only when it says "different" are the JSON trees built, which also decide the answer.
     */
    private static boolean sameApartFromIdAndRules(Decision a, Decision b) {
        try {
            for (RecordComponent c : COMPONENTS) {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static final List<RecordComponent> COMPONENTS = java.util.Arrays.stream(Decision.class.getRecordComponents())
            .filter(c -> !c.getName().equals("decisionId") && !c.getName().equals("rules")).toList();

    private static JsonNode comparable(Decision d) {
        ObjectNode tree = JSON.valueToTree(d);
        tree.remove("decisionId");
        tree.remove("rules");
        return tree;
    }

    private ImpactReport report(Outcome[] outcomes) {
        int invalid = 0;
        int failed = 0;
        int changed = 0;
        Map<List<String>, Bucket> classes = new LinkedHashMap<>();
        Map<List<String>, Bucket> reasons = new LinkedHashMap<>();
        Map<String, Bucket> gained = new TreeMap<>();
        Map<String, Bucket> lost = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (o == SAME) {
                continue;
            }
            if (o.invalid()) {
                invalid++;
                continue;
            }
            if (o.failed()) {
                failed++;
                continue;
            }
            changed++;
            classes.computeIfAbsent(pair(o.was().disclosure(), o.is().disclosure()), k -> new Bucket()).add(o.label());
            if (o.was().withholdingReason() != o.is().withholdingReason()) {
                reasons.computeIfAbsent(pair(o.was().withholdingReason(), o.is().withholdingReason()), k -> new Bucket())
                        .add(o.label());
            }
            Set<String> was = o.wasRules();
            Set<String> is = o.isRules();
            for (String id : is) {
                if (!was.contains(id)) {
                    gained.computeIfAbsent(id, k -> new Bucket()).add(o.label());
                }
            }
            for (String id : was) {
                if (!is.contains(id)) {
                    lost.computeIfAbsent(id, k -> new Bucket()).add(o.label());
                }
            }
        }
        return new ImpactReport(new ImpactReport.Versions(before.ruleSet().version(), after.ruleSet().version()),
                outcomes.length, changed, invalid, failed, transitions(classes), new ImpactReport.Rules(counts(gained),
                counts(lost)), transitions(reasons));
    }

    private static List<String> pair(Enum<?> from, Enum<?> to) {
        List<String> pair = new ArrayList<>(2);
        pair.add(from == null ? null : from.name());
        pair.add(to == null ? null : to.name());
        return pair;
    }

    /** Largest first; ties in the order first met. */
    private static List<ImpactReport.Transition> transitions(Map<List<String>, Bucket> buckets) {
        return buckets.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<List<String>, Bucket> e) -> -e.getValue().count))
                .map(e -> new ImpactReport.Transition(e.getKey().get(0), e.getKey().get(1), e.getValue().count,
                        List.copyOf(e.getValue().examples)))
                .toList();
    }

    private static Map<String, ImpactReport.Count> counts(Map<String, Bucket> buckets) {
        Map<String, ImpactReport.Count> counts = new LinkedHashMap<>();
        buckets.forEach((id, b) -> counts.put(id, new ImpactReport.Count(b.count, List.copyOf(b.examples))));
        return counts;
    }

    /** A count and its first examples. */
    private final class Bucket {
        int count;
        final List<String> examples = new ArrayList<>();

        void add(String label) {
            count++;
            if (examples.size() < Impact.this.examples) {
                examples.add(Objects.requireNonNull(label));
            }
        }
    }
}
