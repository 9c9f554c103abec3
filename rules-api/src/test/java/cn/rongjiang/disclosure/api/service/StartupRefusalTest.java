package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service does not start where it must not: public without keys, or on rules that fail their check. */
class StartupRefusalTest {

    @Test
    void refusesAPublicAddressWithoutKeys() {
        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("rules", TestRules.folder().toString()),
                ConfigOverride.config("server.applicationConnectors[0].bindHost", "0.0.0.0"));
        try {
            assertThatThrownBy(app::before).hasStackTraceContaining("refusing to start")
                    .hasStackTraceContaining("no API keys configured");
        } finally {
            app.after();
        }
    }

    @Test
    void refusesRulesThatFailTheirCheck(@TempDir Path tmp) throws Exception {
        Path rules = TestRules.copyInto(tmp);
        Path file = rules.resolve("disclosure/30-third-party.drl");
        Files.writeString(file, Files.readString(file).replace("personalInfo ||", "personalInfomation ||"));
        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("rules", rules.toString()));
        try {
            assertThatThrownBy(app::before).hasStackTraceContaining("does not pass its check")
                    .hasStackTraceContaining("unknown field `personalInfomation`");
        } finally {
            app.after();
        }
    }
}
