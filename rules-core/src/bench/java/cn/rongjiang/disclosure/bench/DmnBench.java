package cn.rongjiang.disclosure.bench;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.InternalAffairs;
import cn.rongjiang.disclosure.core.model.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Baseline B: a Camunda 7 DMN decision table ({@code disclosure-class.dmn}, contract §4 tiers 5
 * to 8: category and internal affairs to class, hit policy FIRST) evaluated over the same items'
 * (category, internalAffairs) pairs, round-robin. {@code feel}: the engine's defaults (FEEL, the
 * Scala engine, for input expressions and entries). {@code juel}: the legacy configuration, JUEL
 * input expressions and the old JUEL-based FEEL for entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DmnBench {
    static final String TABLE = "disclosure-class.dmn";

    @Param({"feel", "juel"})
    public String language;

    private DmnEngine dmn;
    private DmnDecision decision;
    private VariableMap[] inputs;
    private int next;

    @Setup
    public void setUp() {
        dmn = engine(language);
        try (InputStream in = DmnBench.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the class path");
            }
            decision = dmn.parseDecision("disclosureClass", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ItemJson.Parsed> items = Golden.items();
        inputs = items.stream().map(p -> variables(p.item().category(), p.item().internalAffairs()))
                .toArray(VariableMap[]::new);
        sanityCheck(Golden.engine());
    }

    static DmnEngine engine(String language) {
        DefaultDmnEngineConfiguration config =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        switch (language) {
            case "feel" -> { }
            case "juel" -> config.enableFeelLegacyBehavior(true)
                    .defaultInputExpressionExpressionLanguage("juel");
            default -> throw new IllegalArgumentException("language: feel or juel, not " + language);
        }
        return config.buildEngine();
    }

    static VariableMap variables(Category category, InternalAffairs internalAffairs) {
        return Variables.createVariables()
                .putValue("category", category == null ? null : category.name())
                .putValue("internalAffairs", internalAffairs == null ? null : internalAffairs.name());
    }

    String evaluate(VariableMap input) {
        return dmn.evaluateDecisionTable(decision, input).getSingleResult().getSingleEntry();
    }

    /** The table must agree with the engine where only category or internal affairs decide. */
    private void sanityCheck(DisclosureEngine engine) {
        check(engine, Category.BUDGET_FINAL_ACCOUNTS, null, Disclosure.PROACTIVE);
        check(engine, Category.SERVICE_GUIDE, null, Disclosure.PROACTIVE);
        check(engine, null, InternalAffairs.FINANCE, Disclosure.INTERNAL_ONLY);
        check(engine, null, InternalAffairs.LOGISTICS, Disclosure.WITHHELD);
        check(engine, Category.BUDGET_FINAL_ACCOUNTS, InternalAffairs.FINANCE, Disclosure.PROACTIVE);
        check(engine, Category.OTHER, null, Disclosure.ON_REQUEST);
    }

    private void check(DisclosureEngine engine, Category category, InternalAffairs affairs, Disclosure expected) {
        Item.Builder item = Item.builder("基准测试条目").category(category);
        if (affairs != null) {
            item.internalAffairs(affairs);
        }
        Disclosure byEngine = engine.classify(item.build()).disclosure();
        String byTable = evaluate(variables(category, affairs == null ? InternalAffairs.NONE : affairs));
        if (byEngine != expected || !expected.name().equals(byTable)) {
            throw new IllegalStateException("sanity check (" + language + "): " + category + "/" + affairs
                    + " expected " + expected + ", the engine says " + byEngine + ", the table " + byTable);
        }
    }

    @Benchmark
    public String evaluateTable() {
        int i = next;
        next = i + 1 == inputs.length ? 0 : i + 1;
        return evaluate(inputs[i]);
    }
}
