package cn.rongjiang.disclosure.bench;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import java.util.Set;
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
 * What reading a body costs (issue 12: a 200 000-character {@code text} adds at most 2 ms at the
 * median): the same item classified with its title only, and with a 200 000-character body that
 * holds what real ones do (a heading, paragraphs, a table of names with ID and mobile numbers, the
 * issuer's marking at the end). Sample time gives the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", Golden.AGENDA_QUEUE})
public class TextBench {
    static final int TEXT_LENGTH = 200_000;
    private static final Set<String> GIVEN = Set.of("title", "text");

    private DisclosureEngine engine;
    private Item titleOnly;
    private Item withText;

    @Setup
    public void setUp() {
        engine = Golden.engine();
        String title = "关于2026年第一季度城乡低保资金发放情况的报告";
        titleOnly = Item.builder(title).build();
        withText = Item.builder(title).text(body()).build();
    }

    /** A 200 000-character body: prose, every tenth paragraph a row of a recipients' table. */
    static String body() {
        StringBuilder b = new StringBuilder(TEXT_LENGTH + 200);
        b.append("县人民政府：\n根据《社会救助暂行办法》和县政府工作部署，现将有关情况报告如下。\n");
        int row = 0;
        while (b.length() < TEXT_LENGTH - 40) {
            b.append("一、各乡镇（街道）认真落实最低生活保障审核确认制度，按月足额发放保障金，")
                    .append("做到应保尽保、按标施保，群众满意度进一步提高，资金使用规范安全。\n");
            if (++row % 10 == 0) {
                b.append(row).append(" 杨某某 522632197503120418 3人 1260元 13885512345\n");
            }
        }
        b.setLength(TEXT_LENGTH - 12);
        b.append("\n（此件依申请公开）");
        return b.toString();
    }

    @Benchmark
    public Decision titleOnly() {
        return engine.classify(titleOnly, Set.of("title"));
    }

    @Benchmark
    public Decision with200kText() {
        return engine.classify(withText, GIVEN);
    }
}
