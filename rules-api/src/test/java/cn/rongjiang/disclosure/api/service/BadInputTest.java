package cn.rongjiang.disclosure.api.service;

import static cn.rongjiang.disclosure.api.service.OpenApiContract.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract §6 as a table: each bad input, the status it gets, and the field a 422 must name.
 * No answer may be a 5xx, carry a stack trace, or be anything but the documented JSON error.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BadInputTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()),
            ConfigOverride.config("batchLimit", "3"));

    private static final String ITEM = "/v1/classify";
    private static final String BATCH = "/v1/classify/batch";
    private static final String JSON = "application/json";

    static Stream<Arguments> table() {
        return Stream.of(
                row("not JSON at all", ITEM, JSON, utf8("标题：低保名单"), 400, null),
                row("truncated JSON", ITEM, JSON, utf8("{\"title\": \"低保"), 400, null),
                row("invalid UTF-8 bytes", ITEM, JSON, new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400, null),
                row("GBK-encoded Chinese", ITEM, JSON, "{\"title\":\"低保名单\"}".getBytes(java.nio.charset.Charset.forName("GBK")), 400, null),
                row("duplicate key", ITEM, JSON, utf8("{\"title\": \"a\", \"secretLevel\": \"SECRET\", \"secretLevel\": \"NONE\"}"), 400, null),
                row("trailing data after the object", ITEM, JSON, utf8("{\"title\": \"a\"} {\"title\": \"b\"}"), 400, null),
                row("empty body", ITEM, JSON, new byte[0], 400, null),
                row("nesting 5000 deep", ITEM, JSON, utf8("{\"title\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400, null),
                row("unknown field", ITEM, JSON, utf8("{\"title\": \"a\", \"personalInfomation\": true}"), 422, "personalInfomation"),
                row("unknown enum value", ITEM, JSON, utf8("{\"title\": \"a\", \"secretLevel\": \"HIGH\"}"), 422, "secretLevel"),
                row("lower-case enum value", ITEM, JSON, utf8("{\"title\": \"a\", \"category\": \"procurement\"}"), 422, "category"),
                row("string for a boolean", ITEM, JSON, utf8("{\"title\": \"a\", \"personalInfo\": \"true\"}"), 422, "personalInfo"),
                row("number for a boolean", ITEM, JSON, utf8("{\"title\": \"a\", \"separable\": 1}"), 422, "separable"),
                row("number for a string", ITEM, JSON, utf8("{\"title\": 42}"), 422, "title"),
                row("object for a string", ITEM, JSON, utf8("{\"title\": {\"zh\": \"低保\"}}"), 422, "title"),
                row("unknown personal field kind", ITEM, JSON, utf8("{\"title\": \"a\", \"personalInfoFields\": [\"NAME\", \"FACE\"]}"), 422, "personalInfoFields[1]"),
                row("missing title", ITEM, JSON, utf8("{\"category\": \"PLAN\"}"), 422, "title"),
                row("null title", ITEM, JSON, utf8("{\"title\": null}"), 422, "title"),
                row("empty title", ITEM, JSON, utf8("{\"title\": \"  \"}"), 422, "title"),
                row("over-long title (501 characters)", ITEM, JSON, utf8("{\"title\": \"" + "低".repeat(501) + "\"}"), 422, "title"),
                row("over-long text (200 001 characters)", ITEM, JSON, utf8("{\"title\": \"a\", \"text\": \"" + "x".repeat(200_001) + "\"}"), 422, "text"),
                row("number for the text", ITEM, JSON, utf8("{\"title\": \"a\", \"text\": 7}"), 422, "text"),
                row("unknown marking", ITEM, JSON, utf8("{\"title\": \"a\", \"markedDisclosure\": \"PUBLIC\"}"), 422, "markedDisclosure"),
                row("marking written in Chinese", ITEM, JSON, utf8("{\"title\": \"a\", \"markedDisclosure\": \"主动公开\"}"), 422, "markedDisclosure"),
                row("over-long id", ITEM, JSON, utf8("{\"title\": \"a\", \"id\": \"" + "x".repeat(129) + "\"}"), 422, "id"),
                row("bad date format", ITEM, JSON, utf8("{\"title\": \"a\", \"formedOn\": \"2022/09/05\"}"), 422, "formedOn"),
                row("impossible date", ITEM, JSON, utf8("{\"title\": \"a\", \"approvedOn\": \"2023-02-30\"}"), 422, "approvedOn"),
                row("statutoryFields without lawRequiresDisclosure", ITEM, JSON, utf8("{\"title\": \"a\", \"statutoryFields\": [\"NAME\"]}"), 422, "statutoryFields"),
                row("consentFields without a granted consent", ITEM, JSON, utf8("{\"title\": \"a\", \"thirdPartyConsent\": \"REFUSED\", \"consentFields\": [\"NAME\"]}"), 422, "consentFields"),
                row("revokedOn on a normative document", ITEM, JSON, utf8("{\"title\": \"a\", \"category\": \"NORMATIVE_DOCUMENT\", \"revokedOn\": \"2026-05-20\"}"), 422, "revokedOn"),
                row("creditSeverity with the category left to inference", ITEM, JSON, utf8("{\"title\": \"对某养老机构的行政处罚决定书\", \"creditSeverity\": \"MINOR\"}"), 422, "creditSeverity"),
                row("unknown credit severity", ITEM, JSON, utf8("{\"title\": \"a\", \"category\": \"PENALTY_DECISION\", \"creditSeverity\": \"LIGHT\"}"), 422, "creditSeverity"),
                row("a JSON array instead of an item", ITEM, JSON, utf8("[{\"title\": \"a\"}]"), 422, "$"),
                row("a bare string", ITEM, JSON, utf8("\"低保名单\""), 422, "$"),
                row("JSON null", ITEM, JSON, utf8("null"), 422, "$"),
                row("huge number", ITEM, JSON, utf8("{\"title\": \"a\", \"majorDecision\": 1" + "0".repeat(2000) + "}"), 400, null),
                row("body over 1 MiB", ITEM, JSON, utf8("{\"title\": \"a\", \"summary\": \"" + "x".repeat(1024 * 1024) + "\"}"), 413, null),
                row("text/plain", ITEM, "text/plain", utf8("{\"title\": \"a\"}"), 415, null),
                row("form encoded", ITEM, "application/x-www-form-urlencoded", utf8("title=a"), 415, null),
                row("no Content-Type", ITEM, null, utf8("{\"title\": \"a\"}"), 415, null),
                row("JSON declared as GBK", ITEM, "application/json; charset=GBK", utf8("{\"title\": \"a\"}"), 415, null),
                row("batch: not an object", BATCH, JSON, utf8("[{\"title\": \"a\"}]"), 422, "$"),
                row("batch: missing items", BATCH, JSON, utf8("{\"item\": []}"), 422, "items"),
                row("batch: items not a list", BATCH, JSON, utf8("{\"items\": {\"title\": \"a\"}}"), 422, "items"),
                row("batch: empty", BATCH, JSON, utf8("{\"items\": []}"), 422, "items"),
                row("batch: a null item", BATCH, JSON, utf8("{\"items\": [{\"title\": \"a\"}, null]}"), 422, "items[1]"),
                row("batch: bad field in item 2", BATCH, JSON, utf8("{\"items\": [{\"title\": \"a\"}, {\"title\": \"b\"}, {\"title\": \"c\", \"workTask\": \"T9\"}]}"), 422, "items[2].workTask"),
                row("batch: over the limit of 3", BATCH, JSON, utf8("{\"items\": [{\"title\": \"a\"}, {\"title\": \"b\"}, {\"title\": \"c\"}, {\"title\": \"d\"}]}"), 413, null),
                row("batch: not JSON", BATCH, JSON, utf8("items: a, b"), 400, null),
                row("batch: text/plain", BATCH, "text/plain", utf8("{\"items\": []}"), 415, null));
    }

    @ParameterizedTest(name = "{0} → {4}")
    @MethodSource("table")
    void badInputGetsItsStatus(String what, String path, String contentType, byte[] body, int status, String field) {
        Http.Answer answer = new Http(APP.getLocalPort()).post(path, contentType, body);

        assertThat(answer.status()).as("%s: %s", what, answer.body()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at cn.")
                .doesNotContain("at com.").doesNotContain("at org.");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("error").asText()).isNotBlank();
        if (field != null) {
            List<String> named = new ArrayList<>();
            answer.json().get("errors").forEach(e -> named.add(e.get("field").asText()));
            assertThat(named).as(answer.body()).contains(field);
        }
        assertConforms("POST", path, answer);
    }

    @Test
    void everyOffendingFieldIsNamedAtOnce() {
        Http.Answer answer = new Http(APP.getLocalPort()).postJson(ITEM,
                "{\"title\": \"\", \"secretLevl\": \"SECRET\", \"serviceArea\": \"WELFARE\", \"majorDecision\": \"yes\", \"formedOn\": \"昨天\"}");

        assertThat(answer.status()).isEqualTo(422);
        List<String> named = new ArrayList<>();
        answer.json().get("errors").forEach(e -> named.add(e.get("field").asText()));
        assertThat(named).containsExactlyInAnyOrder("title", "secretLevl", "serviceArea", "majorDecision", "formedOn");
        assertThat(answer.body()).contains("did you mean `secretLevel`?");
    }

    @Test
    void onErrorItemAnswersABadItemInItsPlaceAndDecidesTheOthers() {
        Http.Answer answer = new Http(APP.getLocalPort()).postJson(BATCH + "?onError=item",
                "{\"items\": [{\"title\": \"民政局2023年部门预算\", \"category\": \"BUDGET_FINAL_ACCOUNTS\"},"
                        + " {\"title\": \"b\", \"secretLevel\": \"HIGH\", \"secretLevl\": \"SECRET\"}, null]}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var decisions = answer.json().get("decisions");
        assertThat(decisions).hasSize(3);
        assertThat(decisions.get(0).get("disclosure").asText()).isEqualTo("PROACTIVE");
        assertThat(decisions.get(1).get("index").asInt()).isEqualTo(1);
        assertThat(decisions.get(1).has("disclosure")).isFalse();
        List<String> named = new ArrayList<>();
        decisions.get(1).get("errors").forEach(e -> named.add(e.get("field").asText()));
        assertThat(named).containsExactlyInAnyOrder("secretLevel", "secretLevl");
        assertThat(decisions.get(2).get("index").asInt()).isEqualTo(2);
        assertThat(decisions.get(2).get("errors").get(0).get("field").asText()).isEqualTo("$");
        assertConforms("POST", BATCH, answer);
    }

    @Test
    void onErrorItemStillRefusesABodyOfTheWrongShapeAndTheDefaultStillRejectsTheBatch() {
        Http http = new Http(APP.getLocalPort());
        assertThat(http.postJson(BATCH + "?onError=item", "{\"items\": []}").status()).isEqualTo(422);
        assertThat(http.postJson(BATCH + "?onError=batch", "{\"items\": [{\"title\": \"a\", \"x\": 1}]}").status()).isEqualTo(422);

        Http.Answer unknown = http.postJson(BATCH + "?onError=skip", "{\"items\": [{\"title\": \"a\"}]}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("onError");
    }

    @Test
    void aDeclaredOversizeBodyIsRefusedBeforeItIsRead() {
        Http http = new Http(APP.getLocalPort());
        HttpRequest.Builder request = http.request(ITEM).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024]));

        Http.Answer answer = http.send(request);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).contains("1048576");
    }

    @Test
    void aRequestJettyRejectsItselfStillAnswersJson() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", APP.getLocalPort())) {
            socket.getOutputStream().write("GET /v1/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json")
                    .endsWith("{\"status\":400,\"error\":\"Bad Request\"}").doesNotContain("<html");
        }
    }

    private static Arguments row(String what, String path, String contentType, byte[] body, int status, String field) {
        return Arguments.of(what, path, contentType, body, status, field);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
