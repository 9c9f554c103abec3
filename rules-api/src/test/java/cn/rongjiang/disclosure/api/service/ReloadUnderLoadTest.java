package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reload gate under concurrent requests, on a copy of the rules with the file watcher on: a
 * broken edit is rejected and reported (status, health) while the old rules keep serving; a good
 * edit goes live and decisions name the new version; no request fails throughout.
 */
class ReloadUnderLoadTest {
    private static final String SECRET_ITEM = "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}";
    private static final int CLIENTS = 3;
    private static final int MAX_REQUESTS_PER_CLIENT = 5_000;

    @Test
    void aBrokenEditIsRejectedAGoodOneGoesLiveAndNoRequestFails(@TempDir Path tmp) throws Exception {
        Path rules = TestRules.copyInto(tmp);
        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("rules", rules.toString()),
                ConfigOverride.config("reload.enabled", "true"),
                ConfigOverride.config("reload.debounce", "200ms"));
        app.before();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        try {
            Http http = new Http(app.getLocalPort());
            Http admin = new Http(app.getAdminPort());
            String original = status(http).get("active").get("version").asText();
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && running.get(); i++) {
                        try {
                            Http.Answer answer = http.postJson("/v1/classify", SECRET_ITEM);
                            requests.incrementAndGet();
                            if (answer.status() != 200 || !answer.json().get("disclosure").asText().equals("WITHHELD")) {
                                failures.add(answer.status() + " " + answer.body());
                            } else {
                                versionsSeen.add(answer.json().get("rules").get("version").asText());
                            }
                            Thread.sleep(3);
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
            }

            // (a) a misspelt field: rejected, reported with file and line, health degraded, old rules serving
            Path thirdParty = rules.resolve("disclosure/30-third-party.drl");
            String thirdPartyText = Files.readString(thirdParty, StandardCharsets.UTF_8);
            int line = lineOf(thirdPartyText, "Item( personalInfo || tradeSecret, !separable )");
            Files.writeString(thirdParty, thirdPartyText.replace(
                    "Item( personalInfo || tradeSecret, !separable )", "Item( personalInfomation || tradeSecret, !separable )"),
                    StandardCharsets.UTF_8);

            JsonNode rejected = await(http, s -> s.get("lastAttempt").get("result").asText().equals("REJECTED"));
            assertThat(rejected.get("lastAttempt").get("problems").toString())
                    .contains("30-third-party.drl:" + line + ": unknown field `personalInfomation`");
            assertThat(rejected.get("active").get("version").asText()).isEqualTo(original);
            Http.Answer health = admin.get("/healthcheck");
            assertThat(health.status()).isEqualTo(500);
            assertThat(health.json().get("rules").get("healthy").asBoolean()).isFalse();
            assertThat(health.json().get("rules").get("message").asText()).contains("rejected").contains(original);
            assertThat(http.postJson("/v1/classify", SECRET_ITEM).json().get("rules").get("version").asText()).isEqualTo(original);

            // (b) a good edit (an explanation reworded) with the misspelling repaired: it goes live
            Path secrets = rules.resolve("disclosure/10-state-secrets.drl");
            Files.writeString(secrets, Files.readString(secrets, StandardCharsets.UTF_8)
                    .replace("依法不予公开。\")", "依法不予公开（热加载后）。\")"), StandardCharsets.UTF_8);
            Files.writeString(thirdParty, thirdPartyText, StandardCharsets.UTF_8);

            JsonNode activated = await(http, s -> s.get("lastAttempt").get("result").asText().equals("ACTIVATED")
                    && !s.get("active").get("version").asText().equals(original));
            String next = activated.get("active").get("version").asText();
            JsonNode decision = http.postJson("/v1/classify", SECRET_ITEM).json();
            assertThat(decision.get("rules").get("version").asText()).isEqualTo(next);
            assertThat(decision.get("reasons").get(0).get("explanation").asText()).contains("热加载后");
            assertThat(admin.get("/healthcheck").status()).isEqualTo(200);

            Thread.sleep(300);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(failures).as("failed requests").isEmpty();
            assertThat(requests.get()).as("requests made during the edits").isGreaterThan(CLIENTS * 5);
            assertThat(versionsSeen).contains(original, next);
        } finally {
            running.set(false);
            clients.shutdownNow();
            app.after();
        }
    }

    private static JsonNode status(Http http) {
        return http.get("/v1/rules/status").json();
    }

    private static JsonNode await(Http http, Predicate<JsonNode> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode status = status(http);
        while (!condition.test(status)) {
            assertThat(Instant.now()).as("waiting for the reload; last status %s", status).isBefore(deadline);
            Thread.sleep(100);
            status = status(http);
        }
        return status;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + needle);
    }
}
