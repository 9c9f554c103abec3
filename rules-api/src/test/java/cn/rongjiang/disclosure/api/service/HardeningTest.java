package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §6, the smaller items at service level: wildcard content types are 415, a title of
 * invisible characters is 422 naming {@code title}, the request log writes neither query strings
 * nor matrix parameters. (The status without server paths: ReloadFaultsTest; the heap check:
 * config.HeapBudgetTest; the one-line refusal: cli.ServeCommandTest.)
 */
class HardeningTest {
    @TempDir
    static Path tmp;
    private static Path requestLog;
    private static DropwizardTestSupport<DisclosureConfiguration> app;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        requestLog = tmp.resolve("requests.log");
        String config = Files.readString(Path.of(ResourceHelpers.resourceFilePath("test-config.yml")), StandardCharsets.UTF_8)
                .replace("    type: path-only\n    appenders: []", "    type: path-only\n    appenders:\n"
                        + "      - {type: file, currentLogFilename: '" + requestLog + "', archive: false}")
                + "rules: '" + TestRules.folder() + "'\n";
        assertThat(config).contains(requestLog.toString());
        Path file = tmp.resolve("config.yml");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        app = new DropwizardTestSupport<>(DisclosureApplication.class, file.toString());
        app.before();
        http = new Http(app.getLocalPort());
    }

    @AfterAll
    static void stop() {
        app.after();
    }

    @Test
    void wildcardContentTypesAreNotJson() {
        String item = "{\"title\": \"民政局2023年部门预算\"}";
        for (String type : List.of("*/*", "application/*", "*/*; charset=utf-8")) {
            for (String path : List.of("/v1/classify", "/v1/classify/batch")) {
                Http.Answer a = http.post(path, type, (path.endsWith("batch") ? "{\"items\": [" + item + "]}" : item)
                        .getBytes(StandardCharsets.UTF_8));
                assertThat(a.status()).as(type + " " + path).isEqualTo(415);
                assertThat(a.json().get("error").asText()).contains("application/json");
            }
        }
        assertThat(http.postJson("/v1/classify", item).status()).isEqualTo(200);
    }

    @Test
    void aTitleOfInvisibleCharactersIs422NamingTitle() {
        for (String title : List.of("\\u200B\\u200B", "\\uFEFF", "\\u202E", "\\u0000", "\\u3164", "\\u2060\\u00AD")) {
            Http.Answer a = http.postJson("/v1/classify", "{\"title\": \"" + title + "\", \"secretLevel\": \"SECRET\"}");
            assertThat(a.status()).as(title).isEqualTo(422);
            assertThat(a.json().get("errors").get(0).get("field").asText()).isEqualTo("title");
        }
        Http.Answer batch = http.postJson("/v1/classify/batch", "{\"items\": [{\"title\": \"a\"}, {\"title\": \"\\u200B\"}]}");
        assertThat(batch.status()).isEqualTo(422);
        assertThat(batch.json().get("errors").get(0).get("field").asText()).isEqualTo("items[1].title");
    }

    @Test
    void theRequestLogWritesNeitherQueryStringsNorMatrixParameters() throws Exception {
        assertThat(http.get("/v1/rules;token=MATRIXSECRET1").status()).isEqualTo(200);
        assertThat(http.get("/v1/rules;a=1/status;jsessionid=MATRIXSECRET2?key=QUERYSECRET3").status()).isIn(200, 404);
        assertThat(http.get("/v1/categories?apiKey=QUERYSECRET4").status()).isEqualTo(200);
        String log = "";
        for (Instant deadline = Instant.now().plus(Duration.ofSeconds(10)); Instant.now().isBefore(deadline); Thread.sleep(100)) {
            log = Files.exists(requestLog) ? Files.readString(requestLog, StandardCharsets.UTF_8) : "";
            if (log.contains("/v1/categories")) {
                break;
            }
        }
        assertThat(log).contains("\"GET /v1/rules HTTP/1.1\" 200").contains("\"GET /v1/categories HTTP/1.1\" 200")
                .doesNotContain("SECRET").doesNotContain(";").doesNotContain("?");
    }
}
