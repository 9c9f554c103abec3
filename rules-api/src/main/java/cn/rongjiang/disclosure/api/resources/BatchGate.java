package cn.rongjiang.disclosure.api.resources;

import cn.rongjiang.disclosure.api.errors.HttpProblem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets as many batches be decided at once as there are processors; the others wait their turn,
 * first come, first served. Deciding is all processor work, so more at once would finish none
 * sooner, while each batch in progress holds a thousand items and their answers (about 2 MB) in
 * memory: with the gate, what batches hold at once is bounded by the cores, not by the number of
 * callers, and the heap can be sized for it. A batch that waits longer than the limit is answered 503.
 */
final class BatchGate {
    private final Semaphore turns;
    private final Duration longestWait;

    BatchGate(int atOnce, Duration longestWait) {
        this.turns = new Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    /** One batch at a time per processor; a batch should never wait longer than this. */
    static BatchGate perProcessor() {
        return new BatchGate(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(20));
    }

    <T> T inTurn(Supplier<T> batch) {
        boolean entered;
        try {
            entered = turns.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw busy();
        }
        try {
            return batch.get();
        } finally {
            turns.release();
        }
    }

    private HttpProblem busy() {
        String message = "the service is busy deciding other batches; nothing was classified, retry shortly";
        return new HttpProblem(Response.status(503).header(HttpHeaders.RETRY_AFTER, "1").build(), message);
    }
}
