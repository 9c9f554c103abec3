package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 §3: a chunked body with malformed framing is the client's fault, so contract §6 wants
 * a 400 and at most one log line; it used to be a 500 with an 84-line stack trace per request
 * (200 requests wrote 1.5 MB of log).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MalformedFramingTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()));

    private static final List<String> BAD_SIZES = List.of("zz", "-1", "1 1", "11111111111111111", "");

    @Test
    void malformedChunkSizesAre400WithAtMostOneLogLineEach() throws Exception {
        int requests = 0;
        try (LogCapture log = new LogCapture()) {
            for (int round = 0; round < 40; round++) {
                for (String size : BAD_SIZES) {
                    String path = round % 2 == 0 ? "/v1/classify" : "/v1/classify/batch";
                    String answer = send(path, size + "\r\n{\"title\": \"x\"}\r\n0\r\n\r\n");
                    requests++;
                    assertThat(answer).as("chunk size '%s' on %s", size, path).startsWith("HTTP/1.1 400");
                    assertThat(answer).contains("\"status\":400").doesNotContain("errorId").doesNotContain("Exception");
                }
            }
            List<ILoggingEvent> events = log.events();
            assertThat(events.size()).as("log events for %d requests", requests).isLessThanOrEqualTo(requests);
            assertThat(events).allSatisfy(e -> assertThat(e.getThrowableProxy()).as(e.getFormattedMessage()).isNull());
        }
        // a body cut short inside a chunk is the same
        assertThat(send("/v1/classify", "ff\r\n{\"title\": \"x\"}")).startsWith("HTTP/1.1 400");
        assertThat(new Http(APP.getLocalPort()).postJson("/v1/classify", "{\"title\": \"x\"}").status()).isEqualTo(200);
    }

    /** A chunked POST whose body part is written as given, then the write side closed; answers all the server said. */
    private static String send(String path, String chunkedBody) throws Exception {
        try (Socket s = new Socket("127.0.0.1", APP.getLocalPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + chunkedBody).getBytes(StandardCharsets.UTF_8));
            out.flush();
            s.shutdownOutput();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
