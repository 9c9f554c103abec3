package cn.rongjiang.disclosure.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14 §6: a body limit the heap cannot hold for the batches decided at once is refused at start. */
class HeapBudgetTest {
    private static final long HEAP_144MB = 144L << 20;

    @Test
    void theDefaultLimitFitsTheProductionHeap() {
        assertThat(HeapBudget.refusal(1 << 20, 2, HEAP_144MB)).isEmpty();
        assertThat(HeapBudget.refusal(1 << 20, 4, HEAP_144MB)).isEmpty();
    }

    @Test
    void sixtyFourMebibytesUnderA144MegabyteHeapIsRefusedInOneLine() {
        assertThat(HeapBudget.refusal(64L << 20, 2, HEAP_144MB)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("refusing to start: maxBodyBytes 67108864 needs about 1024 MiB of heap for the 2 batch(es)")
                .contains("the heap is at most 144 MiB").contains("lower maxBodyBytes to 4718592 or less").doesNotContain("\n"));
        // the largest limit it names is accepted
        assertThat(HeapBudget.refusal(4_718_592, 2, HEAP_144MB)).isEmpty();
        assertThat(HeapBudget.refusal(4_718_593, 2, HEAP_144MB)).isPresent();
    }
}
