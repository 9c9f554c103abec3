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

/** With API keys configured the console is behind the key exactly as /v1 is. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleAuthTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-auth-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()));

    private static final String[] PAGES = {"/", "/try", "/status", "/rules.csv", "/rules/W-SECRET", "/console.css"};

    @Test
    void withoutAKeyEveryPageIs401() {
        Http anonymous = new Http(APP.getLocalPort());
        for (String path : PAGES) {
            Http.Answer answer = anonymous.get(path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.body()).as(path).doesNotContain("W-SECRET");
        }
        assertThat(anonymous.post("/try", "application/x-www-form-urlencoded", ConsoleTest.form(
                java.util.Map.of("title", "x"))).status()).isEqualTo(401);
        assertThat(new Http(APP.getLocalPort(), "test-key-beta").get("/").status()).isEqualTo(401);
    }

    @Test
    void withTheKeyEveryPageIsServed() {
        Http keyed = new Http(APP.getLocalPort(), "test-key-alpha");
        for (String path : PAGES) {
            assertThat(keyed.get(path).status()).as(path).isEqualTo(200);
        }
    }
}
