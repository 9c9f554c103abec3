package cn.rongjiang.disclosure.api.service;

import static cn.rongjiang.disclosure.api.service.FaultRules.BOOM_SECRET_PART;
import static cn.rongjiang.disclosure.api.service.FaultRules.BOOM_TITLE;
import static cn.rongjiang.disclosure.api.service.FaultRules.SAFE_TITLE;
import static cn.rongjiang.disclosure.api.service.OpenApiContract.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 §4 at service level: a rule that throws for one item. The folder passes its check (its
 * golden case takes the harmless branch), so the reload activates it; then that one item is a 500
 * with an errorId and no decision, a batch holding it is a 500 with no partial decisions, and
 * every other request, before, after and at the same time, is decided normally. Neither the
 * bodies nor the log carry the item's title.
 */
class RuleFaultTest {
    private static final String SECRET = "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}";
    private static final String BUDGET = "{\"title\": \"民政局2023年部门预算\", \"category\": \"BUDGET_FINAL_ACCOUNTS\", \"approvedOn\": \"2023-02-10\"}";
    private static final String BOOM = "{\"id\": \"F-1\", \"title\": \"" + BOOM_TITLE + "\", \"summary\": \"户主张三，月收入一千二百元\"}";

    @TempDir
    static Path tmp;
    private static DropwizardTestSupport<DisclosureConfiguration> app;
    private static Http http;
    private static String originalVersion;
    private static JsonNode activation;

    @BeforeAll
    static void startAndActivateTheFaultRule() throws Exception {
        Path rules = TestRules.copyInto(tmp);
        app = new DropwizardTestSupport<>(DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("rules", rules.toString()));
        app.before();
        http = new Http(app.getLocalPort());
        originalVersion = http.get("/v1/rules/status").json().get("active").get("version").asText();
        FaultRules.addTo(rules);
        activation = new Http(app.getAdminPort()).post("/tasks/reload-rules", null, new byte[0]).json();
    }

    @AfterAll
    static void stop() {
        app.after();
    }

    @Test
    void aRuleThatThrowsOnlyOutsideItsGoldenCasesIsActivated() {
        assertThat(activation.get("result").asText()).as(activation.toString()).isEqualTo("ACTIVATED");
        assertThat(activation.get("version").asText()).isNotEqualTo(originalVersion);
        assertThat(http.get("/v1/rules").body()).contains("\"T-FAULT\"");
        JsonNode safe = http.postJson("/v1/classify", "{\"title\": \"" + SAFE_TITLE + "\"}").json();
        assertThat(safe.get("disclosure").asText()).isEqualTo("ON_REQUEST");
        assertThat(safe.get("reasons").toString()).contains("T-FAULT");
    }

    @Test
    void theFailingItemIsA500WithAnErrorIdAndNoDecision() {
        try (LogCapture log = new LogCapture()) {
            Http.Answer answer = http.postJson("/v1/classify", BOOM);

            assertThat(answer.status()).as(answer.body()).isEqualTo(500);
            JsonNode body = answer.json();
            String errorId = body.get("errorId").asText();
            assertThat(UUID.fromString(errorId)).isNotNull();
            assertThat(body.has("disclosure")).isFalse();
            assertThat(body.has("decisions")).isFalse();
            assertThat(body.get("error").asText()).contains("no decision").contains("T-FAULT");
            assertNoLeak(answer.body());
            assertConforms("POST", "/v1/classify", answer);

            // the cause is in the log under that id, but not the item's content
            String logged = log.text();
            assertThat(logged).contains(errorId).contains("T-FAULT");
            assertThat(logged).as("the log must not carry the item's title or summary")
                    .doesNotContain(BOOM_SECRET_PART).doesNotContain("张三").doesNotContain("一千二百元");
        }
        // the next requests on the same server are decided normally
        for (int i = 0; i < 20; i++) {
            Http.Answer next = http.postJson("/v1/classify", i % 2 == 0 ? SECRET : BUDGET);
            assertThat(next.status()).as(next.body()).isEqualTo(200);
            assertThat(next.json().get("disclosure").asText()).isEqualTo(i % 2 == 0 ? "WITHHELD" : "PROACTIVE");
        }
    }

    @Test
    void aBatchHoldingTheFailingItemIsA500WithNoPartialDecisions() {
        Http.Answer answer = http.postJson("/v1/classify/batch", "{\"items\": [" + SECRET + ", " + BUDGET + ", " + BOOM + ", " + SECRET + "]}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(500);
        JsonNode body = answer.json();
        assertThat(body.has("decisions")).isFalse();
        assertThat(answer.body()).doesNotContain("WITHHELD").doesNotContain("PROACTIVE").doesNotContain("disclosure");
        assertThat(UUID.fromString(body.get("errorId").asText())).isNotNull();
        assertNoLeak(answer.body());
        assertConforms("POST", "/v1/classify/batch", answer);

        Http.Answer without = http.postJson("/v1/classify/batch", "{\"items\": [" + SECRET + ", " + BUDGET + "]}");
        assertThat(without.status()).isEqualTo(200);
        assertThat(without.json().get("decisions")).hasSize(2);
    }

    @Test
    void otherRequestsAreUnaffectedWhileTheFailingItemIsSentConcurrently() throws Exception {
        int clients = 3;
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger good = new AtomicInteger();
        AtomicInteger faults = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        try (LogCapture log = new LogCapture()) {
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                work.add(pool.submit(() -> {
                    for (int i = 0; running.get() && i < 2_000; i++) {
                        boolean secret = (i + client) % 2 == 0;
                        Http.Answer a = (i % 10 == 9)
                                ? http.postJson("/v1/classify/batch", "{\"items\": [" + SECRET + ", " + BUDGET + "]}")
                                : http.postJson("/v1/classify", secret ? SECRET : BUDGET);
                        if (a.status() != 200) {
                            failures.add(a.status() + " " + a.body());
                        } else if (i % 10 == 9) {
                            JsonNode d = a.json().get("decisions");
                            if (d.size() != 2 || !d.get(0).get("disclosure").asText().equals("WITHHELD")
                                    || !d.get(1).get("disclosure").asText().equals("PROACTIVE")) {
                                failures.add("batch: " + a.body());
                            }
                        } else if (!a.json().get("disclosure").asText().equals(secret ? "WITHHELD" : "PROACTIVE")) {
                            failures.add("wrong class: " + a.body());
                        }
                        good.incrementAndGet();
                    }
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; running.get() && i < 500; i++) {
                    Http.Answer a = http.postJson("/v1/classify", BOOM);
                    if (a.status() != 500 || a.json().has("disclosure") || !a.json().has("errorId")) {
                        failures.add("fault item: " + a.status() + " " + a.body());
                    }
                    faults.incrementAndGet();
                }
            }));
            Thread.sleep(2_000);
            running.set(false);
            for (Future<?> f : work) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertThat(failures).as("failed requests").isEmpty();
            assertThat(good.get()).isGreaterThan(clients * 10);
            assertThat(faults.get()).isGreaterThan(5);
            assertThat(log.text()).doesNotContain(BOOM_SECRET_PART).doesNotContain("一千二百元");
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        assertThat(new Http(app.getAdminPort()).get("/healthcheck").status()).isEqualTo(200);
    }

    static void assertNoLeak(String body) {
        assertThat(body).doesNotContain(BOOM_SECRET_PART).doesNotContain("张三").doesNotContain("Exception")
                .doesNotContain("at cn.").doesNotContain("java.").doesNotContain("\tat ");
    }
}
