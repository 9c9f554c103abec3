package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.ClassificationException;
import cn.rongjiang.disclosure.core.model.CategoryInfo;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.RuleSetInfo;
import cn.rongjiang.disclosure.core.model.Signal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs one compiled rule set over one item: the rules fire once; the first-pass findings decide
 * the class (contract §4, pass 1); the second-pass findings (rules matching {@link Decided}) count
 * when their condition holds for that class; all of them give the rest (pass 2). Thread-safe: a
 * call borrows a session no other thread is using, and returns it afterwards; a session whose
 * rule failed is discarded.
 */
public final class Evaluator {
    /** More firings than this for one item means a rule loops; the item gets an error, not a class. */
    static final int FIRING_LIMIT = 10_000;
    /** How long the rules may take for one item, unless {@value #BUDGET_PROPERTY} (milliseconds) says otherwise. */
    static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(1);
    static final String BUDGET_PROPERTY = "disclosure.itemTimeBudgetMs";
    private static final Pattern FAILED_CONDITION = Pattern.compile("\\[Rule \"([^\"]*)\" in ");

    private final KieBase kieBase;
    /** Each compiled rule's metadata and pass, by its name. */
    private final Map<String, FindingRecorder.RuleSlot> ruleSlots;
    /** Rule ids by DRL rule name: Drools names a failing condition's rule by its name. */
    private final Map<String, String> ruleIdByName = new HashMap<>();
    private final RuleTables tables;
    private final RuleSetInfo ruleSet;
    /**
     * Idle sessions, one per thread that has used this rule set at once. A pool rather than a
     * ThreadLocal: when a reload replaces this rule set, nothing on the server's worker threads
     * keeps its sessions (and its knowledge base) alive. Last in, first out: the session used most
     * recently is the one still in the processor's cache. Guarded by itself: a lock held for one
     * push or pop costs less than the node a concurrent deque allocates per push.
     */
    private final Deque<RuleSession> idle = new ArrayDeque<>();
    /** Past this, an item gets a {@link ClassificationException} instead of a decision. */
    private volatile long budgetNanos = configuredBudget().toNanos();

    Evaluator(KieBase kieBase, Map<String, RuleMeta> metaByName, Map<String, DecidedCondition> secondPass,
              RuleTables tables, RuleSetInfo ruleSet) {
        this.kieBase = kieBase;
        this.ruleSlots = FindingRecorder.slots(metaByName, secondPass);
        metaByName.values().forEach(m -> ruleIdByName.put(m.name(), m.ruleId()));
        this.tables = tables;
        this.ruleSet = ruleSet;
    }

    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    /**
     * The decision for {@code item}; {@code givenFields} names the fields the caller sent (null:
     * those that differ from their defaults), so inference never overrides them.
     */
    public Decision classify(Item item, Set<String> givenFields) {
        Completion.Result completed = Completion.complete(item, givenFields, tables.inferrer());
        return evaluate(completed.item(), completed.category(), completed.signals(), budgetNanos);
    }

    /** The time budget of one item: {@value #BUDGET_PROPERTY} when set to a positive number of milliseconds. */
    static Duration configuredBudget() {
        String ms = System.getProperty(BUDGET_PROPERTY);
        if (ms == null || ms.isBlank()) {
            return DEFAULT_TIME_BUDGET;
        }
        try {
            long value = Long.parseLong(ms.strip());
            if (value > 0) {
                return Duration.ofMillis(value);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(BUDGET_PROPERTY + " must be a positive number of milliseconds, not \"" + ms + "\"");
    }

    /** Sets this rule set's time budget per item (tests; the library reads {@value #BUDGET_PROPERTY}). */
    void timeBudget(Duration budget) {
        budgetNanos = budget.toNanos();
    }

    /**
     * Decides one throwaway item off the budget. Drools builds its network and compiles the
     * conditions on first use: in a cold JVM on a busy machine that took over a second for the
     * first golden case, a one-time cost no real item should be charged against its budget.
     */
    void warmUp() {
        try {
            Completion.Result completed = Completion.complete(Item.builder("warm-up").build(), Set.of(), tables.inferrer());
            evaluate(completed.item(), completed.category(), completed.signals(), Long.MAX_VALUE / 4);
        } catch (RuntimeException e) {
            // a rule that fails here fails for real items too, and is reported for them
        }
    }

    private Decision evaluate(Item item, CategoryInfo category, List<Signal> signals, long budget) {
        RuleSession polled;
        synchronized (idle) {
            polled = idle.pollFirst();
        }
        RuleSession rs = polled != null ? polled : new RuleSession();
        boolean clean = false;
        try {
            Decision decision = rs.decide(item, category, signals, budget);
            clean = true;
            return decision;
        } finally {
            if (clean) {
                synchronized (idle) {
                    idle.offerFirst(rs);
                }
            } else {
                // A session whose rules threw may hold half-done state: never reuse it.
                rs.session.dispose();
            }
        }
    }

    /**
     * A session over this rule set, reused item after item by one thread at a time: a KieSession
     * is not thread-safe, and creating one per call costs more than the rules themselves. After each
     * item its fact is deleted and its recorder cleared, so nothing carries over.
     */
    private final class RuleSession {
        final KieSession session = kieBase.newKieSession(sessionConfiguration(), null);
        final FindingRecorder recorder = new FindingRecorder(ruleSlots, tables.workingDays(), tables.workTasks());

        RuleSession() {
            session.setGlobal("finding", recorder);
        }

        Decision decide(Item item, CategoryInfo category, List<Signal> signals, long budget) {
            recorder.start(item, System.nanoTime() + budget);
            FactHandle itemFact = null;
            try {
                // inside the try: Drools tests most conditions as the item goes in
                itemFact = session.insert(item);
                fire(session);
                recorder.checkBudget();
                Combiner.ClassOutcome decided = Combiner.decideClass(recorder.firstPassFindings());
                List<Finding> findings = Combiner.withSecondPass(decided, recorder.firstPassFindings(),
                        recorder.secondPassFindings());
                return Combiner.decision(decided, findings, item, tables.offices(), category, signals, ruleSet);
            } catch (ClassificationException e) {
                throw e;
            } catch (RuntimeException e) {
                FindingRecorder.OverBudget over = overBudget(e);
                if (over != null) {
                    throw new ClassificationException("the rules took longer than " + budget / 1_000_000
                            + " ms for one item (the time budget)", null, over);
                }
                // Named here, while the recorder still knows which rule was firing.
                RuleMeta failing = recorder.currentMeta();
                String ruleId = failing != null ? failing.ruleId() : ruleOfCondition(e);
                throw new ClassificationException(ruleId == null
                        ? "the engine failed while deciding: " + e.getMessage()
                        : "rule " + ruleId + " failed while deciding: " + rootMessage(e), ruleId, e);
            } finally {
                if (itemFact != null) {
                    session.delete(itemFact);
                }
                recorder.reset();
            }
        }
    }

    /**
     * A session is only ever used by one thread at a time (the pool hands it over), so it need not
     * guard its propagation queue against concurrent inserts: Drools' thread-safe default costs a
     * synchronized queue per insert and per firing.
     */
    private static KieSessionConfiguration sessionConfiguration() {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.NO);
        return conf;
    }

    private static void fire(KieSession session) {
        int fired = session.fireAllRules(FIRING_LIMIT);
        if (fired >= FIRING_LIMIT) {
            throw new ClassificationException("the rules fired more than " + FIRING_LIMIT
                    + " times for one item: a rule loops", null, null);
        }
    }

    /**
     * The id of the rule whose condition failed, or null: Drools reports a condition that throws
     * (a text method on an empty field) as {@code … in [Rule "name" in file]}, with no rule object.
     */
    private String ruleOfCondition(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = t.getMessage() == null ? null : FAILED_CONDITION.matcher(t.getMessage());
            if (m != null && m.find()) {
                return ruleIdByName.get(m.group(1));
            }
        }
        return null;
    }

    /** The budget overrun behind {@code e}, however Drools wrapped it, or null. */
    private static FindingRecorder.OverBudget overBudget(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FindingRecorder.OverBudget over) {
                return over;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
