package cn.rongjiang.disclosure.bench;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A classification after the processor's caches have lost the engine, as in the service, where
 * each request's way through Jetty, Jersey and the kernel pushes the engine's code and data out
 * of a core's caches. Each invocation of {@link #evictThenClassify} first reads a buffer larger
 * than a core's L2 cache (one byte per 64-byte line), then classifies the next golden-case item;
 * {@link #evictOnly} reads the buffer alone. The difference of the two scores is what a
 * classification costs cold, to set beside {@code ClassifyBench.classify} (warm); sample mode,
 * as the difference of two averages on a busy host is too noisy to read ({@code ratios.py}
 * prints it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", Golden.AGENDA_QUEUE})
public class ColdCacheBench {
    private static final int CACHE_LINE = 64;

    /** Twice this machine's L2 cache per core (1 MiB); the L3 cache (32 MiB, shared) keeps its contents. */
    @Param("2")
    public int evictMiB;

    private byte[] buffer;
    private DisclosureEngine engine;
    private Item[] items;
    private Set<String>[] given;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        buffer = new byte[evictMiB << 20];
        engine = Golden.engine();
        List<ItemJson.Parsed> parsed = Golden.items();
        items = parsed.stream().map(ItemJson.Parsed::item).toArray(Item[]::new);
        given = parsed.stream().map(ItemJson.Parsed::givenFields).toArray(Set[]::new);
    }

    @Benchmark
    public int evictOnly() {
        return evict();
    }

    @Benchmark
    public Decision evictThenClassify(Blackhole bh) {
        bh.consume(evict());
        int i = next;
        next = i + 1 == items.length ? 0 : i + 1;
        return engine.classify(items[i], given[i]);
    }

    private int evict() {
        int sum = 0;
        for (int i = 0; i < buffer.length; i += CACHE_LINE) {
            sum += buffer[i];
        }
        return sum;
    }
}
