package cn.rongjiang.disclosure.api.reload;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.cases.CaseResult;
import cn.rongjiang.disclosure.core.cases.FolderCheck;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reload gate. A reload runs the full {@link FolderCheck} (compile, check, every golden case)
 * and swaps the new rules in only when all of it passes; otherwise the serving rules stay and the
 * problems are kept for the status endpoint, the log and the health check. Reloads never overlap.
 *
 * <p>Nothing a rule folder does can stop reloads or go unreported: the check runs on a thread of
 * its own, which is abandoned (interrupted, left to end by itself) when it overruns the time
 * limit, and any {@link Throwable} it ends with (an {@code OutOfMemoryError} included) is a
 * rejected attempt like any other, with its class and message as the problem.
 */
public final class RuleReloader implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(RuleReloader.class);
    /** How long a reload's check may take unless configured (a full check takes 0.4–1.6 s under load). */
    public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(30);

    private final Path folder;
    private final LiveRules live;
    private final Function<Path, FolderCheck> checker;
    private final Duration checkTimeout;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rules-reload");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger abandonedStillRunning = new AtomicInteger();
    private volatile ReloadAttempt last;
    private volatile RulesStatus.Reloading running;

    private RuleReloader(Path folder, LiveRules live, ReloadAttempt first, Function<Path, FolderCheck> checker,
                         Duration checkTimeout) {
        this.folder = folder;
        this.live = live;
        this.last = first;
        this.checker = checker;
        this.checkTimeout = checkTimeout;
    }

    /**
     * Loads and checks {@code folder} for the service's start.
     *
     * @throws IllegalStateException listing every problem when the folder does not pass: the service must not start on it
     */
    public static RuleReloader start(Path folder) {
        return start(folder, FolderCheck.of(folder), DEFAULT_CHECK_TIMEOUT);
    }

    /**
     * Starts on {@code check}, the check of {@code folder} just made (e.g. by {@link EarlyCheck});
     * later reloads' checks may take {@code checkTimeout}.
     *
     * @throws IllegalStateException listing every problem when the folder does not pass: the service must not start on it
     */
    public static RuleReloader start(Path folder, FolderCheck check, Duration checkTimeout) {
        return start(folder, check, FolderCheck::of, checkTimeout);
    }

    /** As above with the check of later reloads given: tests pass one that is slow or fails. */
    static RuleReloader start(Path folder, FolderCheck check, Function<Path, FolderCheck> checker, Duration checkTimeout) {
        ReloadAttempt first = attempt("start-up", check, check.passed() ? ReloadAttempt.Result.ACTIVATED : ReloadAttempt.Result.REJECTED,
                folder);
        if (!check.passed()) {
            throw new IllegalStateException("the rule folder " + folder + " does not pass its check; run `check --rules "
                    + folder + "` for details:\n" + String.join("\n", first.problems()) + "\n"
                    + String.join("\n", first.failingCases()));
        }
        LOG.info("rules {} loaded from {}: {} rules, {} golden cases hold", first.version(), folder,
                check.engine().rules().size(), check.caseCount());
        return new RuleReloader(folder, new LiveRules(check.engine()), first, checker, checkTimeout);
    }

    /** The rules serving requests. */
    public LiveRules live() {
        return live;
    }

    /** The folder this reloader watches and reloads. */
    public Path folder() {
        return folder;
    }

    /** Queues a reload on the background thread. */
    public Future<ReloadAttempt> requestReload(String trigger) {
        return worker.submit(() -> reload(trigger));
    }

    /** The serving rule set, the last attempt (the start-up load until a reload ran) and the one running, if any. */
    public RulesStatus status() {
        DisclosureEngine engine = live.engine();
        return new RulesStatus(new RulesStatus.Active(engine.ruleSet().version(), engine.ruleSet().loadedAt(),
                engine.rules().size()), last, running, abandonedStillRunning.get());
    }

    /** The last attempt. */
    public ReloadAttempt lastAttempt() {
        return last;
    }

    private ReloadAttempt reload(String trigger) {
        running = new RulesStatus.Reloading(Instant.now(), trigger);
        ReloadAttempt attempt;
        String serving = live.engine().ruleSet().version();
        try {
            FolderCheck check = checkInTime();
            if (!check.passed()) {
                attempt = attempt(trigger, check, ReloadAttempt.Result.REJECTED, folder);
                LOG.warn("rules reload ({}) REJECTED, still serving {}: {} problem(s), {} failing case(s)\n{}", trigger, serving,
                        attempt.problems().size(), attempt.failingCases().size(),
                        String.join("\n", concat(attempt.problems(), attempt.failingCases())));
            } else if (check.engine().ruleSet().version().equals(serving)) {
                attempt = attempt(trigger, check, ReloadAttempt.Result.UNCHANGED, folder);
                LOG.info("rules reload ({}): unchanged, still serving {}", trigger, serving);
            } else {
                live.swap(check.engine());
                attempt = attempt(trigger, check, ReloadAttempt.Result.ACTIVATED, folder);
                LOG.info("rules reload ({}) ACTIVATED {} (was {}): {} rules, {} golden cases hold", trigger,
                        attempt.version(), serving, check.engine().rules().size(), check.caseCount());
            }
        } catch (TimeoutException e) {
            attempt = failed(trigger, "the check did not finish within " + seconds(checkTimeout) + " and was abandoned "
                    + "(a rule or case that runs too long?)");
            LOG.error("rules reload ({}) REJECTED, still serving {}: {}", trigger, serving, attempt.problems().get(0));
        } catch (Throwable e) {
            // a fault of the check itself (out of memory, a stack overflow, a bug) must not stop the
            // watcher or the service, nor go unreported: it is a rejection with its cause
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            attempt = failed(trigger, "the check failed: " + RuleFolderNames.shown(cause.toString(), folder));
            LOG.error("rules reload ({}) REJECTED, still serving {}: {}", trigger, serving, attempt.problems().get(0), cause);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            running = null;
        }
        last = attempt;
        return attempt;
    }

    /** The folder's check, on a thread of its own that is abandoned past the time limit. */
    private FolderCheck checkInTime() throws TimeoutException, ExecutionException, InterruptedException {
        CompletableFuture<FolderCheck> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(checker.apply(folder));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "rules-check-" + checks.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(checkTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            abandonedStillRunning.incrementAndGet();
            result.whenComplete((check, fault) -> abandonedStillRunning.decrementAndGet());
            throw e;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private ReloadAttempt failed(String trigger, String problem) {
        return new ReloadAttempt(Instant.now(), trigger, ReloadAttempt.Result.REJECTED, null,
                List.of(RuleFolderNames.name(folder) + ": " + problem), List.of());
    }

    private static ReloadAttempt attempt(String trigger, FolderCheck check, ReloadAttempt.Result result, Path folder) {
        String version = check.engine() == null ? null : check.engine().ruleSet().version();
        List<String> problems = check.problems().stream().map(Problem::toString).map(p -> RuleFolderNames.shown(p, folder)).toList();
        List<String> failing = check.failures().stream().map(RuleReloader::describe).map(p -> RuleFolderNames.shown(p, folder)).toList();
        return new ReloadAttempt(Instant.now(), trigger, result, version, problems, failing);
    }

    private static String describe(CaseResult failure) {
        return failure.goldenCase().where() + ": case \"" + failure.goldenCase().name() + "\" does not hold: "
                + String.join("; ", failure.differences());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Override
    public void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
