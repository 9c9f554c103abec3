package cn.rongjiang.disclosure.api.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.api.errors.HttpProblem;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchGateTest {

    @Test
    void noMoreBatchesAtOnceThanTurns() throws Exception {
        BatchGate gate = new BatchGate(2, Duration.ofSeconds(10));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<?>[] batches = new Future<?>[12];
            for (int i = 0; i < batches.length; i++) {
                batches[i] = pool.submit(() -> gate.inTurn(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(20);
                    return inside.decrementAndGet();
                }));
            }
            for (Future<?> batch : batches) {
                batch.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aBatchThatWouldWaitTooLongIsToldToRetry() throws Exception {
        BatchGate gate = new BatchGate(1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> gate.inTurn(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        first.start();
        holding.await();

        assertThatThrownBy(() -> gate.inTurn(() -> "never decided"))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> {
                    assertThat(problem.getResponse().getStatus()).isEqualTo(503);
                    assertThat(problem.getResponse().getHeaderString("Retry-After")).isEqualTo("1");
                    assertThat(problem.getMessage()).contains("nothing was classified");
                });

        release.countDown();
        first.join();
        assertThat(gate.inTurn(() -> "decided")).isEqualTo("decided");
    }

    @Test
    void aFailingBatchGivesItsTurnBack() {
        BatchGate gate = new BatchGate(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> gate.inTurn(() -> {
            throw new IllegalStateException("a rule failed");
        })).hasMessage("a rule failed");
        assertThat(gate.inTurn(() -> "next")).isEqualTo("next");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
