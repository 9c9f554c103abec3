package cn.rongjiang.disclosure.bench;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ContractJson;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.Decision;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
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

/**
 * What the service spends on writing one decision as JSON: the golden-case items' decisions,
 * made once, written round-robin with the contract's mapper into a reused buffer (the bytes of
 * one decision, about 1.7 KB of mostly Chinese text).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", Golden.AGENDA_QUEUE})
public class JsonBench {
    private Decision[] decisions;
    private ObjectWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    private int next;

    @Setup
    public void setUp() {
        DisclosureEngine engine = Golden.engine();
        List<ItemJson.Parsed> items = Golden.items();
        decisions = items.stream().map(p -> engine.classify(p.item(), p.givenFields())).toArray(Decision[]::new);
        writer = ContractJson.mapper().writerFor(Decision.class);
    }

    @Benchmark
    public int writeDecision() throws IOException {
        Decision d = decisions[next];
        next = next + 1 == decisions.length ? 0 : next + 1;
        out.reset();
        writer.writeValue(out, d);
        return out.size();
    }
}
