package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * Issue 14 §2: the admin port serves only the reload task, and with keys configured only to a
 * key holder; Dropwizard's {@code log-level} (which could turn on Jetty's DEBUG dump of raw
 * headers and bodies) and {@code gc} are gone however the path is spelt; and even with every
 * logger at TRACE, nothing logged carries the key, the {@code Authorization} header or a body.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminTasksTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-auth-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()));

    private static final String KEY = "test-key-alpha";
    private static final String TITLE = "王五低保家庭收入核对表ZX7731";

    @Test
    void onlyTheReloadTaskIsServedAndOnlyWithTheKey() {
        Http anonymous = new Http(APP.getAdminPort());
        Http wrong = new Http(APP.getAdminPort(), "test-key-beta");
        Http keyed = new Http(APP.getAdminPort(), KEY);
        for (Http http : List.of(anonymous, wrong)) {
            Http.Answer reload = http.post("/tasks/reload-rules", null, new byte[0]);
            assertThat(reload.status()).isEqualTo(401);
            assertThat(reload.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(http.post("/tasks/log-level?logger=org.eclipse.jetty&level=DEBUG", null, new byte[0]).status()).isEqualTo(401);
        }
        Http.Answer reload = keyed.post("/tasks/reload-rules", null, new byte[0]);
        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(reload.json().get("result").asText()).isEqualTo("UNCHANGED");

        for (String path : List.of("/tasks/log-level?logger=org.eclipse.jetty&level=DEBUG", "/tasks/gc", "/tasks", "/tasks/",
                "/tasks/log-level;x=1?logger=org.eclipse.jetty&level=DEBUG", "/tasks//log-level", "/tasks/%6Cog-level",
                "/tasks/./log-level", "/tasks/reload-rules/../log-level", "/tasks/LOG-LEVEL", "/tasks/reload-rules/x")) {
            Http.Answer a = keyed.post(path, null, new byte[0]);
            assertThat(a.status()).as(path + " → " + a.body()).isIn(400, 404);
        }
        assertThat(((Logger) LoggerFactory.getLogger("org.eclipse.jetty")).getLevel()).as("no task changed a level").isNull();
        // health and metrics stay open to local probes
        assertThat(anonymous.get("/healthcheck").status()).isEqualTo(200);
    }

    /**
     * Every logger at TRACE (what log-level could have done, or a careless configuration file):
     * the quiet-libraries filter drops the libraries' DEBUG/TRACE, where Jetty dumps raw traffic.
     */
    @Test
    void atTraceNoLoggerWritesTheKeyOrABody() throws Exception {
        Logger jetty = (Logger) LoggerFactory.getLogger("org.eclipse.jetty");
        String item = "{\"title\": \"" + TITLE + "\", \"secretLevel\": \"SECRET\"}";
        try (LogCapture log = new LogCapture(Level.TRACE)) {
            jetty.setLevel(Level.TRACE);
            Http keyed = new Http(APP.getLocalPort(), KEY);
            assertThat(keyed.postJson("/v1/classify", item).status()).isEqualTo(200);
            assertThat(keyed.postJson("/v1/classify", "{\"title\": \"" + TITLE + "\", \"secretLevel\": \"HIGH\"}").status()).isEqualTo(422);
            assertThat(new Http(APP.getLocalPort(), "test-key-beta").postJson("/v1/classify", item).status()).isEqualTo(401);
            assertThat(new Http(APP.getAdminPort(), KEY).post("/tasks/reload-rules", null, new byte[0]).status()).isEqualTo(200);
            rawPost(APP.getLocalPort(), item);
            String text = log.text();
            assertThat(text).as("the log at TRACE").doesNotContain(KEY).doesNotContain("test-key-beta")
                    .doesNotContain("Bearer").doesNotContain(TITLE).doesNotContain("王五").doesNotContain("secretLevel");
            assertThat(text).as("the capture works: the reload is logged").contains("rules reload");
        } finally {
            jetty.setLevel(null);
        }
    }

    /** A request written byte by byte on a raw socket (the parser's slowest, most talkative path). */
    private static void rawPost(int port, String item) throws Exception {
        byte[] body = item.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + KEY
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200");
        }
    }
}
