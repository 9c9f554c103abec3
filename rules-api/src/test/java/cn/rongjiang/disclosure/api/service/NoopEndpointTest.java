package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /v1/noop}, the load-test baseline: absent by default, served only when {@code benchmarkEndpoints} is on. */
@ExtendWith(DropwizardExtensionsSupport.class)
class NoopEndpointTest {
    // own property prefixes: both apps start before either test runs, so overrides must not leak between them
    static final DropwizardAppExtension<DisclosureConfiguration> DEFAULT = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"), "noop-off",
            ConfigOverride.config("noop-off", "rules", TestRules.folder().toString()));

    static final DropwizardAppExtension<DisclosureConfiguration> BENCHMARK = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"), "noop-on",
            ConfigOverride.config("noop-on", "rules", TestRules.folder().toString()),
            ConfigOverride.config("noop-on", "benchmarkEndpoints", "true"));

    private static final String ITEM = "{\"title\": \"民政局2023年部门预算\", \"category\": \"BUDGET_FINAL_ACCOUNTS\"}";

    @Test
    void isNotFoundByDefault() {
        Http.Answer answer = new Http(DEFAULT.getLocalPort()).postJson("/v1/noop", ITEM);
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void answersAFixedObjectWhenEnabled() {
        Http.Answer answer = new Http(BENCHMARK.getLocalPort()).postJson("/v1/noop", ITEM);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void readsTheBodyLikeClassify() {
        Http http = new Http(BENCHMARK.getLocalPort());
        assertThat(http.postJson("/v1/noop", "{\"title\": ").status()).isEqualTo(400);
        assertThat(http.post("/v1/noop", "text/plain", ITEM.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status())
                .isEqualTo(415);
        assertThat(http.postJson("/v1/noop", "{\"title\": \"a\", \"summary\": \"" + "x".repeat(1024 * 1024) + "\"}").status()).isEqualTo(413);
    }
}
