package cn.rongjiang.disclosure.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Baseline A, the bare engine floor: a classic Drools KieBase built at run time (the same
 * KnowledgeBuilder path the engine uses) from a one-rule DRL whose rule matches a trivial fact
 * and does nothing. Three ways to run it: a session kept per thread (insert, fire, delete), a new
 * session per call (what the engine does for each item), and a stateless session.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", Golden.AGENDA_QUEUE})
public class DroolsFloorBench {
    static final String DRL = """
            package cn.rongjiang.disclosure.bench.floor;
            import cn.rongjiang.disclosure.bench.FloorFact;
            rule "floor"
            when
                FloorFact()
            then
            end
            """;

    KieBase kieBase;

    @Setup
    public void setUp() {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(DRL.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        if (builder.hasErrors()) {
            throw new IllegalStateException(builder.getErrors().toString());
        }
        kieBase = builder.newKieBase();
        KieSession check = kieBase.newKieSession();
        check.insert(new FloorFact(0));
        if (check.fireAllRules() != 1) {
            throw new IllegalStateException("the floor rule did not fire");
        }
        check.dispose();
    }

    /** One session per thread, reused. */
    @State(Scope.Thread)
    public static class Session {
        KieSession session;
        StatelessKieSession stateless;
        final FloorFact fact = new FloorFact(1);

        @Setup(Level.Trial)
        public void setUp(DroolsFloorBench bench) {
            session = bench.kieBase.newKieSession();
            stateless = bench.kieBase.newStatelessKieSession();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            session.dispose();
        }
    }

    @Benchmark
    public int reusedSession(Session s) {
        FactHandle handle = s.session.insert(s.fact);
        int fired = s.session.fireAllRules();
        s.session.delete(handle);
        return fired;
    }

    @Benchmark
    public int newSessionPerCall(Session s) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(s.fact);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    @Benchmark
    @Threads(2)
    public int newSessionPerCall2Threads(Session s) {
        return newSessionPerCall(s);
    }

    @Benchmark
    public FloorFact statelessSession(Session s) {
        s.stateless.execute(s.fact);
        return s.fact;
    }
}
