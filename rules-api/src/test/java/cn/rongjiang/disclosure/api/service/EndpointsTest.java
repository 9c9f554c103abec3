package cn.rongjiang.disclosure.api.service;

import static cn.rongjiang.disclosure.api.service.OpenApiContract.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every endpoint end to end, on a random loopback port, each answer checked against openapi.yaml. */
@ExtendWith(DropwizardExtensionsSupport.class)
class EndpointsTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()),
            ConfigOverride.config("batchLimit", "5"));

    private Http http;
    private Http admin;

    @BeforeEach
    void clients() {
        http = new Http(APP.getLocalPort());
        admin = new Http(APP.getAdminPort());
    }

    @Test
    void classifiesOneItem() {
        Http.Answer answer = http.postJson("/v1/classify", """
                {"id": "MZ-1", "title": "2022年9月城乡低保对象名单", "category": "ASSISTANCE_LIST",
                 "serviceArea": "SOCIAL_ASSISTANCE", "listStage": "APPROVED", "assistanceType": "DIBAO",
                 "personalInfoFields": ["NAME", "ID_NUMBER"], "separable": true, "formedOn": "2022-09-05"}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode d = answer.json();
        assertThat(d.get("itemId").asText()).isEqualTo("MZ-1");
        assertThat(d.get("disclosure").asText()).isEqualTo("PROACTIVE");
        assertThat(d.get("label").asText()).isEqualTo("主动公开");
        assertThat(d.get("rules").get("version").asText()).isEqualTo(activeVersion());
        assertConforms("POST", "/v1/classify", answer);
    }

    @Test
    void aSecretItemIsWithheldWithItsReason() {
        Http.Answer answer = http.postJson("/v1/classify", "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("disclosure").asText()).isEqualTo("WITHHELD");
        assertThat(answer.json().get("withholdingReason").asText()).isEqualTo("STATE_SECRET");
        assertThat(answer.json().has("itemId")).as("no id sent, none echoed").isFalse();
        assertConforms("POST", "/v1/classify", answer);
    }

    @Test
    void classifiesABatchInInputOrder() {
        Http.Answer answer = http.postJson("/v1/classify/batch", """
                {"items": [
                  {"id": "a", "title": "关于某专项工作的请示", "secretLevel": "SECRET"},
                  {"id": "b", "title": "民政局2023年部门预算", "category": "BUDGET_FINAL_ACCOUNTS", "approvedOn": "2023-02-10"},
                  {"id": "c", "title": "会议记录"}
                ]}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get("decisions").forEach(d -> ids.add(d.get("itemId").asText()));
        assertThat(ids).containsExactly("a", "b", "c");
        assertThat(answer.json().get("decisions").get(0).get("disclosure").asText()).isEqualTo("WITHHELD");
        assertThat(answer.json().get("decisions").get(1).get("disclosure").asText()).isEqualTo("PROACTIVE");
        assertConforms("POST", "/v1/classify/batch", answer);
    }

    @Test
    void anInvalidItemRejectsTheWholeBatchNamingIndexAndField() {
        Http.Answer answer = http.postJson("/v1/classify/batch", """
                {"items": [{"title": "好的"}, {"title": "坏的", "secretLevel": "TOP"}, {"titel": "x"}]}""");

        assertThat(answer.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("items[1].secretLevel", "items[2].titel", "items[2].title");
        assertConforms("POST", "/v1/classify/batch", answer);
    }

    @Test
    void aBatchOverItsLimitIs413() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            items.append(i == 0 ? "" : ",").append("{\"title\": \"第").append(i).append("条\"}");
        }
        Http.Answer answer = http.postJson("/v1/classify/batch", "{\"items\": [" + items + "]}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).contains("at most 5");
        assertConforms("POST", "/v1/classify/batch", answer);
    }

    @Test
    void listsTheCatalogueWithVersion() {
        Http.Answer answer = http.get("/v1/rules");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode catalogue = answer.json();
        assertThat(catalogue.get("version").asText()).isEqualTo(activeVersion());
        assertThat(catalogue.get("rules").size()).isGreaterThan(30);
        JsonNode secret = null;
        for (JsonNode rule : catalogue.get("rules")) {
            if (rule.get("ruleId").asText().equals("W-SECRET")) {
                secret = rule;
            }
        }
        assertThat(secret).isNotNull();
        assertThat(secret.get("tier").asInt()).isEqualTo(2);
        assertThat(secret.get("legalBasis").asText()).contains("第十四条");
        assertThat(secret.get("file").asText()).endsWith("10-state-secrets.drl");
        assertThat(secret.get("line").asInt()).isPositive();
        assertConforms("GET", "/v1/rules", answer);
    }

    @Test
    void reportsStatus() {
        Http.Answer answer = http.get("/v1/rules/status");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("active").get("ruleCount").asInt()).isPositive();
        assertThat(answer.json().get("lastAttempt").get("result").asText()).isIn("ACTIVATED", "UNCHANGED");
        assertConforms("GET", "/v1/rules/status", answer);
    }

    @Test
    void listsCategoriesAndEnumsWithChineseLabels() {
        Http.Answer categories = http.get("/v1/categories");
        assertThat(categories.status()).isEqualTo(200);
        assertThat(categories.body()).contains("{\"value\":\"ASSISTANCE_LIST\",\"label\":\"低保、特困、临时救助对象名单\"}");
        assertThat(categories.body()).contains("{\"value\":\"FOUNDLING_NOTICE\",\"label\":\"查找弃婴、儿童生父母的公告\"}");
        assertThat(categories.json().size()).isEqualTo(28);
        assertConforms("GET", "/v1/categories", categories);

        Http.Answer enums = http.get("/v1/enums");
        assertThat(enums.status()).isEqualTo(200);
        assertThat(enums.json().get("disclosure").toString()).contains("不予公开");
        assertThat(enums.json().get("withholdingReason").size()).isEqualTo(10);
        assertThat(enums.json().get("markedDisclosure").toString()).contains("依申请公开");
        assertThat(enums.json().has("serviceArea")).isTrue();
        assertThat(enums.json().get("creditSeverity").toString()).contains("严重");
        assertConforms("GET", "/v1/enums", enums);
    }

    @Test
    void servesItsOpenApiDescription() {
        Http.Answer answer = http.get("/v1/openapi.yaml");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        assertThat(answer.body()).startsWith("openapi: 3.0.3").contains("/v1/classify/batch").contains("主动公开");
    }

    @Test
    void unknownPathsAndMethodsAnswerJson() {
        Http.Answer missing = http.get("/v1/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);

        Http.Answer wrongMethod = http.get("/v1/classify");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
    }

    @Test
    void healthChecksPassAndTheAdminTaskReloads() {
        Http.Answer health = admin.get("/healthcheck");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().get("rules").get("healthy").asBoolean()).isTrue();
        assertThat(health.json().get("canary").get("healthy").asBoolean()).isTrue();

        Http.Answer reload = admin.post("/tasks/reload-rules", null, new byte[0]);
        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(reload.json().get("result").asText()).isEqualTo("UNCHANGED");
        assertThat(reload.json().get("trigger").asText()).isEqualTo("admin task");
    }

    @Test
    void metricsTimeEachEndpointAndCountEachClass() {
        http.postJson("/v1/classify", "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}");

        JsonNode metrics = admin.get("/metrics").json();
        assertThat(metrics.get("meters").get("decisions.WITHHELD").get("count").asLong()).isPositive();
        assertThat(metrics.get("meters").has("decisions.PROACTIVE")).isTrue();
        assertThat(metrics.get("timers").has("cn.rongjiang.disclosure.api.resources.ClassifyResource.classify")).isTrue();
        assertThat(metrics.get("timers").has("cn.rongjiang.disclosure.api.resources.ClassifyResource.classify-batch")).isTrue();
        assertThat(metrics.get("timers").has("cn.rongjiang.disclosure.api.resources.RulesResource.rules-status")).isTrue();
    }

    private String activeVersion() {
        return http.get("/v1/rules/status").json().get("active").get("version").asText();
    }
}
