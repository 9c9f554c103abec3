package cn.rongjiang.disclosure.api.config;

import java.util.Optional;

/**
 * Whether the heap can hold the batches the service decides at once with the configured body
 * limit. A batch in progress holds its body several times over: the bytes, the decoded text and
 * the JSON tree with its items (3.1 times the body, measured on a 1 MB batch of 1000 Chinese
 * items), then its encoded answers; {@link #BODY_FACTOR} allows 8 in all. As many batches are
 * decided at once as there are processors, and half the heap is left for everything else (the
 * rules, single requests, bodies still arriving). With 64 MiB allowed under a 144 MB heap, one
 * 30 MB batch ran out of memory: that configuration is now refused at start.
 */
public final class HeapBudget {
    static final int BODY_FACTOR = 8;

    private HeapBudget() {
    }

    /** Why {@code maxBodyBytes} does not fit a heap of {@code maxMemory} bytes with {@code processors} batches at once. */
    public static Optional<String> refusal(long maxBodyBytes, int processors, long maxMemory) {
        long needed = maxBodyBytes * BODY_FACTOR * processors;
        long budget = maxMemory / 2;
        if (needed <= budget) {
            return Optional.empty();
        }
        long largest = budget / ((long) BODY_FACTOR * processors);
        return Optional.of("refusing to start: maxBodyBytes " + maxBodyBytes + " needs about " + mib(needed) + " of heap for the "
                + processors + " batch(es) decided at once (" + BODY_FACTOR + " times the body each), but the heap is at most "
                + mib(maxMemory) + " and half of it is kept for the rest; lower maxBodyBytes to " + largest
                + " or less, or raise -Xmx");
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
