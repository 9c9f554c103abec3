package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 §5, the soak: {@code soak.minutes} (default 10) of mixed load from 3 client threads on
 * loopback (single classify, batches of 50, the catalogue, the status; {@code soak.pauseMs}
 * between one client's requests, default 2) against an in-process
 * service, with a reload forced every 30 s through the admin task, alternating a good edit (an
 * explanation reworded: ACTIVATED) and a broken one (a misspelt field: REJECTED). Passes when no
 * request failed (non-2xx, no decision, or a known item in the wrong class) and the used heap
 * after GC at the end is within max(30 MB, 20 %) of the used heap after GC at the start (after
 * a warm-up with one good reload). Prints the figures. Tagged {@code soak}: only with -Psoak.
 */
@Tag("soak")
class SoakTest {
    private static final int CLIENTS = 3;
    private static final Duration RELOAD_EVERY = Duration.ofSeconds(30);
    private static final long TOLERANCE_BYTES = 30L * 1024 * 1024;
    private static final double TOLERANCE_RATIO = 0.20;
    /** Pause between one client's requests (ms; -Dsoak.pauseMs): steady load that leaves the 2-core machine some air. */
    private static final long PAUSE_MS = Long.getLong("soak.pauseMs", 2);

    /** Known items and their class under the shipped rules (golden-case style). */
    private static final String[][] KNOWN = {
            {"{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}", "WITHHELD"},
            {"{\"title\": \"民政局2023年部门预算\", \"category\": \"BUDGET_FINAL_ACCOUNTS\", \"approvedOn\": \"2023-02-10\"}", "PROACTIVE"},
            {"{\"id\": \"MZ-1\", \"title\": \"2022年9月城乡低保对象名单\", \"category\": \"ASSISTANCE_LIST\", \"serviceArea\": \"SOCIAL_ASSISTANCE\","
                    + " \"listStage\": \"APPROVED\", \"assistanceType\": \"DIBAO\", \"personalInfoFields\": [\"NAME\", \"ID_NUMBER\"],"
                    + " \"separable\": true, \"formedOn\": \"2022-09-05\"}", "PROACTIVE"},
            {"{\"title\": \"2022年10月低保停发名单\", \"category\": \"ASSISTANCE_LIST\", \"listStage\": \"TERMINATION\", \"assistanceType\": \"DIBAO\","
                    + " \"serviceArea\": \"SOCIAL_ASSISTANCE\", \"personalInfoFields\": [\"NAME\"]}", "WITHHELD"},
            {"{\"title\": \"会议记录\", \"processInfo\": true}", null},
            {"{\"title\": \"某文件\", \"prohibitedByLaw\": true}", "WITHHELD"}};

    @TempDir
    Path tmp;

    @Test
    void mixedLoadWithReloadsEvery30sFailsNothingAndDoesNotGrowTheHeap() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "10"));
        Duration length = Duration.ofMillis((long) (minutes * 60_000));
        Path rules = TestRules.copyInto(tmp);
        Path secrets = rules.resolve("disclosure/10-state-secrets.drl");
        Path thirdParty = rules.resolve("disclosure/30-third-party.drl");
        String secretsText = Files.readString(secrets, StandardCharsets.UTF_8);
        String thirdPartyText = Files.readString(thirdParty, StandardCharsets.UTF_8);

        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), ConfigOverride.config("rules", rules.toString()));
        app.before();
        Http http = new Http(app.getLocalPort());
        Http admin = new Http(app.getAdminPort());
        // the null expectation of a known item is whatever the serving rules say at the start
        String[] expected = new String[KNOWN.length];
        for (int i = 0; i < KNOWN.length; i++) {
            expected[i] = KNOWN[i][1] != null ? KNOWN[i][1] : http.postJson("/v1/classify", KNOWN[i][0]).json().get("disclosure").asText();
        }
        String batch = batchOf50();

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong decisions = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<long[]> latencies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            long[] mine = new long[4_000_000];
            latencies.add(mine);
            clients.add(pool.submit(() -> {
                int n = 0;
                while (running.get()) {
                    int pick = ThreadLocalRandom.current().nextInt(100);
                    int k = ThreadLocalRandom.current().nextInt(KNOWN.length);
                    long t0 = System.nanoTime();
                    Http.Answer a;
                    try {
                        a = pick < 60 ? http.postJson("/v1/classify", KNOWN[k][0])
                                : pick < 80 ? http.postJson("/v1/classify/batch", batch)
                                : pick < 90 ? http.get("/v1/rules") : http.get("/v1/rules/status");
                    } catch (RuntimeException e) {
                        failures.add("exception: " + e);
                        continue;
                    }
                    long took = System.nanoTime() - t0;
                    if (n < mine.length) {
                        mine[n++] = took;
                    }
                    requests.incrementAndGet();
                    String problem = check(pick, k, a, expected, decisions);
                    if (problem != null) {
                        failures.add(problem);
                    }
                    try {
                        Thread.sleep(PAUSE_MS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
                mine[mine.length - 1] = n;   // how many were recorded
                return null;
            }));
        }

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long started = System.nanoTime();
        int activated = 0;
        int rejected = 0;
        int reloads = 0;
        long heapStart = -1;
        List<String> reloadLog = new ArrayList<>();
        try {
            Duration warmUp = Duration.ofSeconds(Math.min(30, Math.max(10, length.toSeconds() / 10)));
            Thread.sleep(warmUp.toMillis());
            // one good reload before the baseline, so the baseline holds two generations of rules like every later point
            reloads++;
            activated += reload(admin, secrets, secretsText, thirdParty, thirdPartyText, reloads, reloadLog) ? 1 : 0;
            heapStart = usedHeapAfterGc(memory);
            long nextReload = System.nanoTime() + RELOAD_EVERY.toNanos();
            while (System.nanoTime() - started < length.toNanos()) {
                Thread.sleep(200);
                if (System.nanoTime() >= nextReload) {
                    reloads++;
                    if (reload(admin, secrets, secretsText, thirdParty, thirdPartyText, reloads, reloadLog)) {
                        activated++;
                    } else {
                        rejected++;
                    }
                    nextReload += RELOAD_EVERY.toNanos();
                }
            }
        } finally {
            running.set(false);
            for (Future<?> f : clients) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        // end on a good rule set, like the baseline
        if (reloads % 2 == 0) {
            reloads++;
            activated += reload(admin, secrets, secretsText, thirdParty, thirdPartyText, reloads, reloadLog) ? 1 : 0;
        }
        long heapEnd = usedHeapAfterGc(memory);
        Http.Answer health = admin.get("/healthcheck");
        app.after();

        long[] all = merge(latencies);
        double seconds = (System.nanoTime() - started) / 1e9;
        long growth = heapEnd - heapStart;
        long allowed = Math.max(TOLERANCE_BYTES, (long) (heapStart * TOLERANCE_RATIO));
        String figures = String.format(Locale.ROOT, """
                SOAK %.1f min, %d client threads (%d ms pause), mix 60%% classify / 20%% batch of 50 / 10%% rules / 10%% status
                  requests %d (%.0f/s), decisions %d, failed %d
                  reloads %d: activated %d, rejected %d (every %ds, good and broken edits alternating)
                  latency p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.1f ms (all endpoints)
                  used heap after GC: start %.1f MB, end %.1f MB, growth %+.1f MB (allowed %.1f MB: max(30 MB, 20%%))
                  health at the end: %d""",
                seconds / 60, CLIENTS, PAUSE_MS, requests.get(), requests.get() / seconds, decisions.get(), failures.size(),
                reloads, activated, rejected, RELOAD_EVERY.toSeconds(),
                pct(all, 50), pct(all, 99), pct(all, 99.9), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                heapStart / 1048576.0, heapEnd / 1048576.0, growth / 1048576.0, allowed / 1048576.0, health.status());
        System.out.println(figures);
        reloadLog.forEach(System.out::println);

        assertThat(failures).as("failed requests (first 20)").hasSize(0);
        assertThat(health.status()).isEqualTo(200);
        assertThat(rejected).isPositive();
        assertThat(activated).isGreaterThan(1);
        assertThat(growth).as(figures).isLessThan(allowed);
    }

    private static String check(int pick, int k, Http.Answer a, String[] expected, AtomicLong decisions) {
        if (a.status() != 200) {
            return a.status() + " " + a.body();
        }
        JsonNode body = a.json();
        if (pick < 60) {
            decisions.incrementAndGet();
            return body.path("disclosure").asText().equals(expected[k]) ? null : "item " + k + ": " + a.body();
        }
        if (pick < 80) {
            JsonNode d = body.path("decisions");
            if (d.size() != 50) {
                return "batch of " + d.size();
            }
            for (int i = 0; i < 50; i++) {
                if (!d.get(i).path("disclosure").asText().equals(expected[i % KNOWN.length])) {
                    return "batch item " + i + ": " + d.get(i);
                }
            }
            decisions.addAndGet(50);
            return null;
        }
        if (pick < 90) {
            return body.path("rules").size() > 30 ? null : "catalogue: " + a.body();
        }
        return body.path("active").path("version").isTextual() ? null : "status: " + a.body();
    }

    /** A reload through the admin task: odd numbers a good edit, even numbers a broken one. True when activated. */
    private static boolean reload(Http admin, Path secrets, String secretsText, Path thirdParty, String thirdPartyText, int n,
                                  List<String> log) throws Exception {
        boolean good = n % 2 == 1;
        Files.writeString(thirdParty, good ? thirdPartyText
                : thirdPartyText.replace("Item( personalInfo || tradeSecret, !separable )", "Item( personalInfomation || tradeSecret, !separable )"),
                StandardCharsets.UTF_8);
        if (good) {
            Files.writeString(secrets, secretsText.replace("依法不予公开。\")", "依法不予公开（第" + n + "版）。\")"), StandardCharsets.UTF_8);
        }
        long t0 = System.nanoTime();
        JsonNode attempt = admin.post("/tasks/reload-rules", null, new byte[0]).json();
        String result = attempt.get("result").asText();
        log.add(String.format(Locale.ROOT, "  reload %d (%s edit): %s in %d ms%s", n, good ? "good" : "broken", result,
                (System.nanoTime() - t0) / 1_000_000, good ? "" : " — " + attempt.get("problems").get(0).asText().replaceAll(".*/disclosure/", "")));
        assertThat(result).as(attempt.toString()).isEqualTo(good ? "ACTIVATED" : "REJECTED");
        return good;
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(500);
            best = Math.min(best, memory.getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    private static String batchOf50() {
        StringBuilder b = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 50; i++) {
            b.append(i == 0 ? "" : ", ").append(KNOWN[i % KNOWN.length][0]);
        }
        return b.append("]}").toString();
    }

    private static long[] merge(List<long[]> latencies) {
        int total = 0;
        for (long[] l : latencies) {
            total += (int) l[l.length - 1];
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] l : latencies) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, at, n);
            at += n;
        }
        Arrays.sort(all);
        return all;
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
