package cn.rongjiang.disclosure.api.reload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.health.RulesHealthCheck;
import cn.rongjiang.disclosure.core.cases.FolderCheck;
import com.codahale.metrics.health.HealthCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §5, the reload path's faults with an injected check (not Java in a rule file, which
 * the rule loader refuses): a check that never ends is abandoned at the time limit and reloads go
 * on; a check that ends in any Throwable, an OutOfMemoryError included, is a rejection reported
 * in the attempt, the status and the health check; the old rules keep serving throughout.
 */
class RuleReloaderTest {
    private static Path rules;
    private static FolderCheck good;
    private final AtomicBoolean release = new AtomicBoolean();

    @BeforeAll
    static void loadTheRules() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && rules == null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("rules/disclosure"))) {
                rules = dir.resolve("rules").toAbsolutePath();
            }
        }
        good = FolderCheck.of(rules);
        assertThat(good.passed()).isTrue();
    }

    @AfterEach
    void releaseSpinningChecks() {
        release.set(true);
    }

    @Test
    void aCheckThatNeverEndsIsAbandonedAtTheLimitAndReloadsGoOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Function<Path, FolderCheck> loops = folder -> {
            started.countDown();
            while (!release.get()) {
                Thread.onSpinWait(); // an infinite loop that ignores interruption, as a runaway rule would
            }
            return good;
        };
        Function<Path, FolderCheck>[] checker = new Function[] {loops};
        RuleReloader reloader = RuleReloader.start(rules, good, f -> checker[0].apply(f), Duration.ofMillis(700));
        String serving = reloader.status().active().version();

        long start = System.nanoTime();
        Future<ReloadAttempt> reload = reloader.requestReload("admin task");
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        RulesStatus during = reloader.status();
        assertThat(during.reloading()).as("the status shows the reload running").isNotNull();
        assertThat(during.reloading().trigger()).isEqualTo("admin task");

        ReloadAttempt attempt = reload.get(10, TimeUnit.SECONDS);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
        assertThat(attempt.result()).isEqualTo(ReloadAttempt.Result.REJECTED);
        assertThat(attempt.problems()).singleElement().asString()
                .isEqualTo("rules: the check did not finish within 0.7 s and was abandoned (a rule or case that runs too long?)");
        RulesStatus after = reloader.status();
        assertThat(after.reloading()).isNull();
        assertThat(after.abandonedChecks()).isEqualTo(1);
        assertThat(after.active().version()).isEqualTo(serving);
        assertThat(reloader.live().engine()).isSameAs(good.engine());
        HealthCheck.Result health = new RulesHealthCheck(reloader).execute();
        assertThat(health.isHealthy()).isFalse();
        assertThat(health.getMessage()).contains("did not finish");

        // the gate is free again: the next reload runs its check and passes
        checker[0] = folder -> good;
        ReloadAttempt next = reloader.requestReload("admin task").get(10, TimeUnit.SECONDS);
        assertThat(next.result()).isEqualTo(ReloadAttempt.Result.UNCHANGED);
        assertThat(new RulesHealthCheck(reloader).execute().isHealthy()).isTrue();
        release.set(true);
        for (int i = 0; i < 50 && reloader.status().abandonedChecks() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(reloader.status().abandonedChecks()).as("the abandoned check ended once released").isZero();
        reloader.stop();
    }

    @Test
    void anyThrowableOfTheCheckIsARejectionInStatusAndHealth() throws Exception {
        for (Throwable fault : new Throwable[] {new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                new IllegalStateException("a bug in " + rules + "/disclosure/x.drl")}) {
            RuleReloader reloader = RuleReloader.start(rules, good, folder -> {
                if (fault instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) fault;
            }, Duration.ofSeconds(30));
            ReloadAttempt attempt = reloader.requestReload("file change").get(10, TimeUnit.SECONDS);
            assertThat(attempt.result()).isEqualTo(ReloadAttempt.Result.REJECTED);
            assertThat(attempt.problems()).singleElement().asString().startsWith("rules: the check failed: " + fault.getClass().getName())
                    .doesNotContain(rules.toString());
            assertThat(reloader.status().lastAttempt()).isEqualTo(attempt);
            assertThat(reloader.live().engine()).isSameAs(good.engine());
            HealthCheck.Result health = new RulesHealthCheck(reloader).execute();
            assertThat(health.isHealthy()).isFalse();
            assertThat(health.getMessage()).contains(fault.getClass().getSimpleName());
            reloader.stop();
        }
    }
}
