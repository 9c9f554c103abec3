package cn.rongjiang.disclosure.bench;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.inference.TextReader;
import cn.rongjiang.disclosure.core.inference.TextReading;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import java.time.LocalDate;
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
 * A title-only classification, as most callers send it: a fixed list of catalogue titles with
 * nothing else given, round-robin. {@code titleOnly} uses only what every version of the library
 * has, so the same method measures a build before issue 12 against one after it (delete
 * {@code readTitle} to build it there); {@code readTitle} is what issue 12 added to each such call
 * (reading the title for signals), for a ratio inside one run.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", Golden.AGENDA_QUEUE})
public class TitleBench {
    static final String[] TITLES = {
            "2026年3月城乡低保对象名单", "最低生活保障办事指南", "榕江县民政局2026年部门预算",
            "关于印发《榕江县临时救助实施办法》的通知", "县民政局2026年第2次局务会议纪要",
            "关于申请追加2026年临时救助资金的请示", "2025年养老机构双随机抽查结果", "榕江县民政局领导简介",
            "《榕江县最低生活保障审核确认实施细则》政策解读", "关于准予榕江县书法家协会成立登记的公告",
            "榕江县民政局召开2026年全县民政工作会议", "关于做好2026年春节期间困难群众走访慰问工作的通知",
            "★秘密★ 关于全县社会救助资金专项审计情况的报告", "養老機構備案辦事指南",
            "【索引号：11522632MB1234567X/2026-00017】 2026年部门预算公开说明", "2026年1月高龄津贴发放花名册",
    };

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private DisclosureEngine engine;
    private Item[] items;
    private int next;

    @Setup
    public void setUp() {
        engine = Golden.engine();
        items = new Item[TITLES.length];
        for (int i = 0; i < TITLES.length; i++) {
            items[i] = Item.builder(TITLES[i]).build();
        }
    }

    @Benchmark
    public TextReading readTitle() {
        Item item = items[next];
        next = next + 1 == items.length ? 0 : next + 1;
        return TextReader.read(item.title(), null, null, DAY);
    }

    @Benchmark
    public Decision titleOnly() {
        Item item = items[next];
        next = next + 1 == items.length ? 0 : next + 1;
        return engine.classify(item, java.util.Set.of("title"));
    }
}
