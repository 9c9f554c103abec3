package cn.rongjiang.disclosure.bench;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.RuleLoadException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The full rule-folder compile, {@link DisclosureEngine#load(Path)}, warm: what a reload costs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RuleLoadBench {
    private Path rules;

    @Setup
    public void setUp() {
        rules = Golden.rulesFolder();
    }

    @Benchmark
    public DisclosureEngine loadRuleFolder() throws RuleLoadException {
        return DisclosureEngine.load(rules);
    }
}
