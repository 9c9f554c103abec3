package cn.rongjiang.disclosure.api.reload;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.cases.CaseResult;
import cn.rongjiang.disclosure.core.cases.FolderCheck;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reload gate. A reload runs the full {@link FolderCheck} (compile, check, every golden case)
 * on one background thread, and swaps the new rules in only when all of it passes; otherwise the
 * serving rules stay and the problems are kept for the status endpoint, the log and the health
 * check. Reloads never overlap.
 */
public final class RuleReloader implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(RuleReloader.class);

    private final Path folder;
    private final LiveRules live;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rules-reload");
        t.setDaemon(true);
        return t;
    });
    private volatile ReloadAttempt last;

    private RuleReloader(Path folder, LiveRules live, ReloadAttempt first) {
        this.folder = folder;
        this.live = live;
        this.last = first;
    }

    /**
     * Loads and checks {@code folder} for the service's start.
     *
     * @throws IllegalStateException listing every problem when the folder does not pass: the service must not start on it
     */
    public static RuleReloader start(Path folder) {
        return start(folder, FolderCheck.of(folder));
    }

    /**
     * Starts on {@code check}, the check of {@code folder} just made (e.g. by {@link EarlyCheck}).
     *
     * @throws IllegalStateException listing every problem when the folder does not pass: the service must not start on it
     */
    public static RuleReloader start(Path folder, FolderCheck check) {
        ReloadAttempt first = attempt("start-up", check, check.passed() ? ReloadAttempt.Result.ACTIVATED : ReloadAttempt.Result.REJECTED);
        if (!check.passed()) {
            throw new IllegalStateException("the rule folder " + folder + " does not pass its check; run `check --rules "
                    + folder + "` for details:\n" + String.join("\n", first.problems()) + "\n"
                    + String.join("\n", first.failingCases()));
        }
        LOG.info("rules {} loaded from {}: {} rules, {} golden cases hold", first.version(), folder,
                check.engine().rules().size(), check.caseCount());
        return new RuleReloader(folder, new LiveRules(check.engine()), first);
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

    /** The serving rule set and the last attempt (the start-up load until a reload ran). */
    public RulesStatus status() {
        DisclosureEngine engine = live.engine();
        return new RulesStatus(new RulesStatus.Active(engine.ruleSet().version(), engine.ruleSet().loadedAt(),
                engine.rules().size()), last);
    }

    /** The last attempt. */
    public ReloadAttempt lastAttempt() {
        return last;
    }

    private ReloadAttempt reload(String trigger) {
        ReloadAttempt attempt;
        try {
            FolderCheck check = FolderCheck.of(folder);
            String serving = live.engine().ruleSet().version();
            if (!check.passed()) {
                attempt = attempt(trigger, check, ReloadAttempt.Result.REJECTED);
                LOG.warn("rules reload ({}) REJECTED, still serving {}: {} problem(s), {} failing case(s)\n{}", trigger, serving,
                        attempt.problems().size(), attempt.failingCases().size(),
                        String.join("\n", concat(attempt.problems(), attempt.failingCases())));
            } else if (check.engine().ruleSet().version().equals(serving)) {
                attempt = attempt(trigger, check, ReloadAttempt.Result.UNCHANGED);
                LOG.info("rules reload ({}): unchanged, still serving {}", trigger, serving);
            } else {
                live.swap(check.engine());
                attempt = attempt(trigger, check, ReloadAttempt.Result.ACTIVATED);
                LOG.info("rules reload ({}) ACTIVATED {} (was {}): {} rules, {} golden cases hold", trigger,
                        attempt.version(), serving, check.engine().rules().size(), check.caseCount());
            }
        } catch (RuntimeException e) {
            // a fault of the check itself must not stop the watcher or the service: report it as a rejection
            LOG.error("rules reload ({}) failed unexpectedly; still serving the previous rules", trigger, e);
            attempt = new ReloadAttempt(Instant.now(), trigger, ReloadAttempt.Result.REJECTED, null,
                    List.of(folder + ": the check failed unexpectedly: " + e), List.of());
        }
        last = attempt;
        return attempt;
    }

    private static ReloadAttempt attempt(String trigger, FolderCheck check, ReloadAttempt.Result result) {
        String version = check.engine() == null ? null : check.engine().ruleSet().version();
        List<String> problems = check.problems().stream().map(Problem::toString).toList();
        List<String> failing = check.failures().stream().map(RuleReloader::describe).toList();
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
