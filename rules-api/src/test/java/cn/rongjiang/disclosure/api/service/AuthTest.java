package cn.rongjiang.disclosure.api.service;

import static cn.rongjiang.disclosure.api.service.OpenApiContract.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Auth on: every /v1 call needs the key (401 otherwise); the admin port is separate. Auth off is EndpointsTest. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-auth-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()));

    private static final String ITEM = "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}";

    @Test
    void withoutAKeyEveryCallIs401() {
        Http anonymous = new Http(APP.getLocalPort());
        for (String path : new String[] {"/v1/rules", "/v1/rules/status", "/v1/categories", "/v1/enums", "/v1/openapi.yaml", "/v1/nothing"}) {
            Http.Answer answer = anonymous.get(path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        Http.Answer classify = anonymous.postJson("/v1/classify", ITEM);
        assertThat(classify.status()).isEqualTo(401);
        assertConforms("POST", "/v1/classify", classify);
    }

    @Test
    void aWrongKeyIs401EvenForABadBody() {
        Http wrong = new Http(APP.getLocalPort(), "test-key-beta");
        assertThat(wrong.postJson("/v1/classify", ITEM).status()).isEqualTo(401);
        assertThat(wrong.post("/v1/classify", "text/plain", new byte[] {1, 2, 3}).status()).isEqualTo(401);
        assertThat(wrong.get("/v1/rules").json().get("error").asText()).isEqualTo("the API key is not accepted");
    }

    @Test
    void aBasicOrMalformedHeaderIs401() {
        Http http = new Http(APP.getLocalPort());
        Http.Answer basic = http.send(http.request("/v1/rules").header("Authorization", "Basic dGVzdDp0ZXN0").GET());
        Http.Answer empty = http.send(http.request("/v1/rules").header("Authorization", "Bearer ").GET());
        assertThat(basic.status()).isEqualTo(401);
        assertThat(empty.status()).isEqualTo(401);
    }

    @Test
    void theRightKeyIsServed() {
        Http keyed = new Http(APP.getLocalPort(), "test-key-alpha");
        Http.Answer answer = keyed.postJson("/v1/classify", ITEM);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("disclosure").asText()).isEqualTo("WITHHELD");
        assertThat(keyed.get("/v1/openapi.yaml").status()).isEqualTo(200);
        assertThat(keyed.postJson("/v1/classify", "{\"title\": 1}").status()).as("auth first, then validation").isEqualTo(422);
    }

    @Test
    void theAdminPortIsNotBehindTheApiKey() {
        assertThat(new Http(APP.getAdminPort()).get("/healthcheck").status()).isEqualTo(200);
    }
}
