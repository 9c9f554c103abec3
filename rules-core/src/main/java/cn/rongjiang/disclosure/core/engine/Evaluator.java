package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.ClassificationException;
import cn.rongjiang.disclosure.core.model.CategoryInfo;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.RuleSetInfo;
import cn.rongjiang.disclosure.core.model.Signal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final KieBase kieBase;
    /** Each compiled rule's metadata and pass, by its name. */
    private final Map<String, FindingRecorder.RuleSlot> ruleSlots;
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

    Evaluator(KieBase kieBase, Map<String, RuleMeta> metaByName, Map<String, DecidedCondition> secondPass,
              RuleTables tables, RuleSetInfo ruleSet) {
        this.kieBase = kieBase;
        this.ruleSlots = FindingRecorder.slots(metaByName, secondPass);
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
        return evaluate(completed.item(), completed.category(), completed.signals());
    }

    private Decision evaluate(Item item, CategoryInfo category, List<Signal> signals) {
        RuleSession polled;
        synchronized (idle) {
            polled = idle.pollFirst();
        }
        RuleSession rs = polled != null ? polled : new RuleSession();
        boolean clean = false;
        try {
            Decision decision = rs.decide(item, category, signals);
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

        Decision decide(Item item, CategoryInfo category, List<Signal> signals) {
            recorder.start(item);
            FactHandle itemFact = session.insert(item);
            try {
                fire(session);
                Combiner.ClassOutcome decided = Combiner.decideClass(recorder.firstPassFindings());
                List<Finding> findings = Combiner.withSecondPass(decided, recorder.firstPassFindings(),
                        recorder.secondPassFindings());
                return Combiner.decision(decided, findings, item, tables.offices(), category, signals, ruleSet);
            } catch (ClassificationException e) {
                throw e;
            } catch (RuntimeException e) {
                // Named here, while the recorder still knows which rule was firing.
                RuleMeta failing = recorder.currentMeta();
                String ruleId = failing == null ? null : failing.ruleId();
                throw new ClassificationException(ruleId == null
                        ? "the engine failed while deciding: " + e.getMessage()
                        : "rule " + ruleId + " failed while deciding: " + rootMessage(e), ruleId, e);
            } finally {
                session.delete(itemFact);
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
