package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A record that cannot be written, or is switched off, never touches a classification. */
class RecordFaultTest {
    @Test
    void aDatabaseThatIsDownNeverFailsAClassification() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        DropwizardTestSupport<DisclosureConfiguration> app = start(ConfigOverride.config("record.enabled", "true"),
                ConfigOverride.config("record.database.url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/record"),
                ConfigOverride.config("record.queueCapacity", "100"));
        try {
            Http http = new Http(app.getLocalPort());
            Http admin = new Http(app.getAdminPort());
            Http.Answer first = http.postJson("/v1/classify", "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("disclosure").asText()).isEqualTo("WITHHELD");
            // the writer holds that one and keeps retrying; the health check says so meanwhile
            RecordScenarios.await(() -> admin.get("/healthcheck").status() == 500);
            assertThat(admin.get("/healthcheck").json().get("decision-record").get("healthy").asBoolean()).isFalse();
            assertThat(admin.get("/healthcheck").json().get("canary").get("healthy").asBoolean()).isTrue();

            // 150 more than the queue holds: every one is decided and answered, the overflow counted
            StringBuilder batch = new StringBuilder("{\"items\": [");
            for (int i = 0; i < 250; i++) {
                batch.append(i == 0 ? "" : ",").append("{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}");
            }
            Http.Answer answer = http.postJson("/v1/classify/batch", batch.append("]}").toString());
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("decisions")).hasSize(250)
                    .allSatisfy(d -> assertThat(d.get("disclosure").asText()).isEqualTo("WITHHELD"));
            long lost = admin.get("/metrics").json().get("counters").get("record.lost").get("count").asLong();
            assertThat(lost).isGreaterThanOrEqualTo(150);

            assertThat(http.get("/v1/decisions/" + first.json().get("decisionId").asText()).status())
                    .as("reading a record that is down").isEqualTo(503);
        } finally {
            app.after();
        }
    }

    @Test
    void switchedOffNothingIsKeptAndTheEndpointsSaySo() throws Exception {
        DropwizardTestSupport<DisclosureConfiguration> app = start(ConfigOverride.config("record.enabled", "false"));
        try {
            Http http = new Http(app.getLocalPort());
            Http.Answer answer = http.postJson("/v1/classify", "{\"title\": \"会议纪要\"}");
            assertThat(answer.status()).isEqualTo(200);
            Http.Answer read = http.get("/v1/decisions/" + answer.json().get("decisionId").asText());
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.json().get("error").asText()).contains("switched off");
            assertThat(http.get("/v1/decisions").status()).isEqualTo(404);
            assertThat(new Http(app.getAdminPort()).get("/healthcheck").json().has("decision-record")).isFalse();
        } finally {
            app.after();
        }
    }

    private static DropwizardTestSupport<DisclosureConfiguration> start(ConfigOverride... record) throws Exception {
        ConfigOverride[] overrides = new ConfigOverride[record.length + 1];
        overrides[0] = ConfigOverride.config("rules", TestRules.folder().toString());
        System.arraycopy(record, 0, overrides, 1, record.length);
        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), overrides);
        app.before();
        return app;
    }
}
