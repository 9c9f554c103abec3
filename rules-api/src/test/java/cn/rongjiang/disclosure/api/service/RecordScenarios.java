package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import cn.rongjiang.disclosure.api.auth.ApiKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The decision record end to end, run against each database ({@link RecordOnH2Test},
 * {@link RecordOnPostgresTest}): what is kept, how it is read back, and that a restart keeps it.
 */
abstract class RecordScenarios {
    static final String PORTAL_KEY = "portal-key-8d1f0c2b";
    static final String OTHER_KEY = "other-key-55a0e9";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DropwizardTestSupport<DisclosureConfiguration> app;
    private static List<ConfigOverride> database;

    /** Starts the service on the database the subclass names (url, user). */
    static void startOn(String url, String user) throws Exception {
        database = new ArrayList<>(List.of(ConfigOverride.config("record.enabled", "true"),
                ConfigOverride.config("record.database.url", url)));
        if (user != null) {
            database.add(ConfigOverride.config("record.database.user", user));
        }
        start();
    }

    private static void start() throws Exception {
        List<ConfigOverride> overrides = new ArrayList<>(database);
        overrides.add(ConfigOverride.config("rules", TestRules.folder().toString()));
        // the test configuration with two keys, one named
        Path config = Files.createTempFile("record-config", ".yml");
        Files.writeString(config, Files.readString(Path.of(ResourceHelpers.resourceFilePath("test-config.yml")))
                + "\napiKeyHashes:\n  - portal:" + ApiKeys.hash(PORTAL_KEY) + "\n  - " + ApiKeys.hash(OTHER_KEY) + "\n");
        config.toFile().deleteOnExit();
        app = new DropwizardTestSupport<>(DisclosureApplication.class, config.toString(),
                overrides.toArray(ConfigOverride[]::new));
        app.before();
    }

    @AfterAll
    static void stopService() {
        if (app != null) {
            app.after();
            app = null;
        }
    }

    private static Http portal() {
        return new Http(app.getLocalPort(), PORTAL_KEY);
    }

    private static Http other() {
        return new Http(app.getLocalPort(), OTHER_KEY);
    }

    @Test
    void everyDecisionIsKeptWithItsItemRulesTimeAndTheNameOfTheKey() throws Exception {
        String id = "R-" + UUID.randomUUID();
        String item = "{\"id\": \"" + id + "\", \"title\": \"2022年9月城乡低保对象名单\", \"category\": \"ASSISTANCE_LIST\","
                + " \"listStage\": \"APPROVED\", \"assistanceType\": \"DIBAO\", \"personalInfoFields\": [\"NAME\", \"ID_NUMBER\"],"
                + " \"separable\": true}";
        Http.Answer answer = portal().postJson("/v1/classify", item);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String decisionId = answer.json().get("decisionId").asText();

        JsonNode kept = awaitKept(portal(), decisionId);
        OpenApiContract.assertConforms("GET", "/v1/decisions/{decisionId}", portal().get("/v1/decisions/" + decisionId));
        assertThat(kept.get("decision")).isEqualTo(answer.json());
        assertThat(kept.get("item")).isEqualTo(JSON.readTree(item));
        assertThat(kept.get("itemId").asText()).isEqualTo(id);
        assertThat(kept.get("rulesVersion").asText()).isEqualTo(answer.json().get("rules").get("version").asText());
        assertThat(kept.get("disclosure").asText()).isEqualTo("PROACTIVE");
        assertThat(kept.get("apiKey").asText()).isEqualTo("portal");
        assertThat(kept.get("decidedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(kept.toString()).doesNotContain(PORTAL_KEY).doesNotContain(ApiKeys.hash(PORTAL_KEY));
    }

    @Test
    void theDecisionsOfABatchAreKeptToo() {
        String id = "B-" + UUID.randomUUID();
        Http.Answer answer = other().postJson("/v1/classify/batch", "{\"items\": ["
                + "{\"id\": \"" + id + "\", \"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"},"
                + "{\"id\": \"" + id + "\", \"title\": \"民政局2023年部门预算\", \"category\": \"BUDGET_FINAL_ACCOUNTS\"}]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (JsonNode decision : answer.json().get("decisions")) {
            JsonNode kept = awaitKept(other(), decision.get("decisionId").asText());
            assertThat(kept.get("decision")).isEqualTo(decision);
            assertThat(kept.get("apiKey").asText()).as("an unnamed key is named by its hash's start")
                    .isEqualTo("sha256:" + ApiKeys.hash(OTHER_KEY).substring(0, 12));
        }
    }

    @Test
    void theDecisionsOfAnItemArePagedOldestFirstAndFilteredByTime() {
        String id = "P-" + UUID.randomUUID();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Http.Answer a = portal().postJson("/v1/classify", "{\"id\": \"" + id + "\", \"title\": \"会议记录" + i + "\"}");
            assertThat(a.status()).isEqualTo(200);
            made.add(a.json().get("decisionId").asText());
        }
        portal().postJson("/v1/classify", "{\"id\": \"other-" + id + "\", \"title\": \"会议记录\"}");
        awaitKept(portal(), made.get(4));

        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            String query = "/v1/decisions?itemId=" + enc(id) + "&limit=2" + (next == null ? "" : "&after=" + next);
            Http.Answer page = portal().get(query);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            OpenApiContract.assertConforms("GET", "/v1/decisions", page);
            page.json().get("decisions").forEach(d -> seen.add(d.get("decisionId").asText()));
            next = page.json().hasNonNull("next") ? page.json().get("next").asText() : null;
            pages++;
        } while (next != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(made);

        assertThat(portal().get("/v1/decisions?itemId=" + enc(id) + "&from=2999-01-01").json().get("decisions")).isEmpty();
        assertThat(portal().get("/v1/decisions?itemId=" + enc(id) + "&to=2000-01-01T00:00:00Z").json().get("decisions")).isEmpty();
        assertThat(portal().get("/v1/decisions?itemId=" + enc(id) + "&from=2000-01-01&to=2999-01-01T08:00:00%2B08:00")
                .json().get("decisions")).hasSize(5);
    }

    @Test
    void badQueriesAre422AndUnknownIds404() {
        Http.Answer bad = portal().get("/v1/decisions?limit=0&from=yesterday&after=%21");
        assertThat(bad.status()).isEqualTo(422);
        OpenApiContract.assertConforms("GET", "/v1/decisions", bad);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("limit", "from", "after");
        Http.Answer unknown = portal().get("/v1/decisions/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        OpenApiContract.assertConforms("GET", "/v1/decisions/{decisionId}", unknown);
        assertThat(new Http(app.getLocalPort()).get("/v1/decisions").status()).as("auth as /v1").isEqualTo(401);
    }

    @Test
    void aRestartKeepsEveryDecision() throws Exception {
        String id = "S-" + UUID.randomUUID();
        StringBuilder items = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 40; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\": \"").append(id).append("\", \"title\": \"民政局第").append(i)
                    .append("号通知\"}");
        }
        Http.Answer answer = portal().postJson("/v1/classify/batch", items.append("]}").toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Set<String> made = new LinkedHashSet<>();
        answer.json().get("decisions").forEach(d -> made.add(d.get("decisionId").asText()));
        for (int i = 0; i < 10; i++) {
            made.add(portal().postJson("/v1/classify", "{\"id\": \"" + id + "\", \"title\": \"会议纪要\"}")
                    .json().get("decisionId").asText());
        }

        // stopped right away: what is queued is written before the service ends
        stopService();
        start();

        Http.Answer kept = portal().get("/v1/decisions?limit=1000&itemId=" + enc(id));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        Set<String> after = new LinkedHashSet<>();
        kept.json().get("decisions").forEach(d -> after.add(d.get("decisionId").asText()));
        assertThat(after).hasSize(50).containsExactlyInAnyOrderElementsOf(made);
    }

    static JsonNode awaitKept(Http http, String decisionId) {
        Http.Answer[] last = new Http.Answer[1];
        await(() -> (last[0] = http.get("/v1/decisions/" + decisionId)).status() == 200);
        return last[0].json();
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
