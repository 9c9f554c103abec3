package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §5 at service level: a 300 MB file in the rule folder is refused by name (forced
 * reload and start alike) instead of exhausting the heap; a folder moved away and back, or deleted
 * and made again, is watched again, so later edits go live and health recovers. (The time limit
 * and any-Throwable handling of the check are reload.RuleReloaderTest, with an injected check.)
 */
class ReloadFaultsTest {
    private static final String SECRET_ITEM = "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}";

    @Test
    void aHugeFileIsRefusedByNameOnReloadAndAtStart(@TempDir Path tmp) throws Exception {
        Path rules = TestRules.copyInto(tmp);
        DropwizardTestSupport<DisclosureConfiguration> app = start(rules, false);
        app.before();
        try {
            Http http = new Http(app.getLocalPort());
            String original = http.get("/v1/rules/status").json().get("active").get("version").asText();
            sparse(rules.resolve("tables/dump.csv"), 300L << 20);

            Http.Answer forced = new Http(app.getAdminPort()).post("/tasks/reload-rules", null, new byte[0]);
            assertThat(forced.status()).as(forced.body()).isEqualTo(200);
            JsonNode attempt = forced.json();
            assertThat(attempt.get("result").asText()).isEqualTo("REJECTED");
            assertThat(attempt.get("problems").get(0).asText())
                    .isEqualTo("rules/tables/dump.csv: is 300.0 MiB; a file of the rule folder may be at most 2.0 MiB (it is not read)");
            JsonNode status = http.get("/v1/rules/status").json();
            assertThat(status.get("lastAttempt")).isEqualTo(attempt);
            assertThat(status.toString()).as("no server path in the status").doesNotContain(tmp.toString());
            assertThat(status.get("active").get("version").asText()).isEqualTo(original);
            Http.Answer health = new Http(app.getAdminPort()).get("/healthcheck");
            assertThat(health.status()).isEqualTo(500);
            assertThat(health.json().get("rules").get("message").asText()).contains("dump.csv");
            assertThat(http.postJson("/v1/classify", SECRET_ITEM).status()).isEqualTo(200);
        } finally {
            app.after();
        }
        DropwizardTestSupport<DisclosureConfiguration> refused = start(rules, false);
        try {
            assertThatThrownBy(refused::before).hasStackTraceContaining("tables/dump.csv: is 300.0 MiB")
                    .hasStackTraceContaining("does not pass its check");
        } finally {
            refused.after();
        }
    }

    @Test
    void aFolderMovedAwayAndBackOrRemadeIsWatchedAgain(@TempDir Path tmp) throws Exception {
        Path rules = TestRules.copyInto(tmp);
        DropwizardTestSupport<DisclosureConfiguration> app = start(rules, true);
        try {
            Http http = new Http(app.getLocalPort());
            Http admin = new Http(app.getAdminPort());
            String original = http.get("/v1/rules/status").json().get("active").get("version").asText();

            // moved away (the reload of the missing folder is rejected), then back
            Path away = tmp.resolve("rules-away");
            Files.move(rules, away);
            await(http, s -> s.get("lastAttempt").get("result").asText().equals("REJECTED"));
            Files.move(away, rules);
            await(http, s -> !s.get("lastAttempt").get("result").asText().equals("REJECTED"));
            assertThat(admin.get("/healthcheck").status()).isEqualTo(200);
            String first = edit(rules, "（一）");
            JsonNode afterMove = await(http, s -> s.get("active").get("version").asText().equals(first));
            assertThat(afterMove.get("lastAttempt").get("result").asText()).isEqualTo("ACTIVATED");
            assertThat(first).isNotEqualTo(original);

            // deleted, then made again: its edits are seen too
            deleteTree(rules);
            await(http, s -> s.get("lastAttempt").get("result").asText().equals("REJECTED"));
            TestRules.copyInto(tmp);
            await(http, s -> s.get("active").get("version").asText().equals(original));
            String second = edit(rules, "（二）");
            await(http, s -> s.get("active").get("version").asText().equals(second)
                    && s.get("lastAttempt").get("result").asText().equals("ACTIVATED"));
            assertThat(admin.get("/healthcheck").status()).isEqualTo(200);
            assertThat(http.postJson("/v1/classify", SECRET_ITEM).json().get("reasons").get(0).get("explanation").asText())
                    .contains("（二）");
        } finally {
            app.after();
        }
    }

    private static DropwizardTestSupport<DisclosureConfiguration> start(Path rules, boolean watch) throws Exception {
        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("rules", rules.toString()),
                ConfigOverride.config("reload.enabled", String.valueOf(watch)),
                ConfigOverride.config("reload.debounce", "200ms"));
        if (watch) {
            app.before();
        }
        return app;
    }

    /** Rewords the state-secret explanation; answers the version the folder will have (as a check computes it). */
    private static String edit(Path rules, String mark) throws Exception {
        Path secrets = rules.resolve("disclosure/10-state-secrets.drl");
        Files.writeString(secrets, Files.readString(secrets, StandardCharsets.UTF_8)
                .replace("依法不予公开。\")", "依法不予公开" + mark + "。\")"), StandardCharsets.UTF_8);
        return cn.rongjiang.disclosure.core.cases.FolderCheck.of(rules).engine().ruleSet().version();
    }

    private static void sparse(Path file, long length) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static JsonNode await(Http http, Predicate<JsonNode> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode status = http.get("/v1/rules/status").json();
        while (!condition.test(status)) {
            assertThat(Instant.now()).as("waiting for the reload; last status %s", status).isBefore(deadline);
            Thread.sleep(100);
            status = http.get("/v1/rules/status").json();
        }
        return status;
    }
}
