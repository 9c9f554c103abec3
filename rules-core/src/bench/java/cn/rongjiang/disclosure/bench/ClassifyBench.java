package cn.rongjiang.disclosure.bench;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link DisclosureEngine#classify(Item, Set)} over the fixed mix of all golden-case items,
 * parsed once: one item per invocation, round-robin (each thread its own cursor), on one and on
 * two threads; and the whole mix in one invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", Golden.AGENDA_QUEUE})
public class ClassifyBench {
    private DisclosureEngine engine;
    private Item[] items;
    private Set<String>[] given;
    private final AtomicInteger threadStarts = new AtomicInteger();

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        engine = Golden.engine();
        List<ItemJson.Parsed> parsed = Golden.items();
        items = parsed.stream().map(ItemJson.Parsed::item).toArray(Item[]::new);
        given = parsed.stream().map(ItemJson.Parsed::givenFields).toArray(Set[]::new);
        System.out.println("# item mix: " + items.length + " golden-case items");
    }

    /** Each thread walks the mix round-robin, the threads starting half a mix apart. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup
        public void setUp(ClassifyBench bench) {
            next = bench.threadStarts.getAndIncrement() * (bench.items.length / 2) % bench.items.length;
        }

        int advance(int n) {
            int i = next;
            next = i + 1 == n ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public Decision classify(Cursor cursor) {
        int i = cursor.advance(items.length);
        return engine.classify(items[i], given[i]);
    }

    @Benchmark
    @Threads(2)
    public Decision classify2Threads(Cursor cursor) {
        int i = cursor.advance(items.length);
        return engine.classify(items[i], given[i]);
    }

    /** The whole mix in one invocation: divide the score by the item count printed at setup. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public void batchAllItems(Blackhole bh) {
        for (int i = 0; i < items.length; i++) {
            bh.consume(engine.classify(items[i], given[i]));
        }
    }
}
