package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import cn.rongjiang.disclosure.api.config.SlowClientLimits;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §4, slow clients, each bounded in count and time on loopback: a body sent slower than
 * the minimum data rate is cut off (408) within seconds, a body that never starts is closed at the
 * idle timeout, a flood of trickling uploads neither grows the thread pool past its bound nor
 * starves a normal call, and slow batch uploads never hold the batch gate (the body is read first).
 */
class SlowClientTest {
    private static final String ITEM = "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}";
    private static final int MAX_THREADS = 24;

    @Test
    void theDefaultsBoundThreadsRatesAndIdleConnections() {
        DefaultServerFactory server = (DefaultServerFactory) new DisclosureConfiguration().getServerFactory();
        assertThat(server.getMaxThreads()).isEqualTo(SlowClientLimits.MAX_THREADS);
        for (var connector : List.of(server.getApplicationConnectors().get(0), server.getAdminConnectors().get(0))) {
            HttpConnectorFactory http = (HttpConnectorFactory) connector;
            assertThat(http.getMinRequestDataPerSecond().toBytes()).isEqualTo(256);
            assertThat(http.getMinResponseDataPerSecond().toBytes()).isEqualTo(256);
        }
        assertThat(((HttpConnectorFactory) server.getApplicationConnectors().get(0)).getIdleTimeout().toSeconds()).isEqualTo(10);
        assertThat(((HttpConnectorFactory) server.getAdminConnectors().get(0)).getIdleTimeout().toSeconds())
                .as("longer than a forced reload's check may take").isEqualTo(60);
    }

    /** test-config.yml's own server block sets no minimum rate: the service raises it, as it does for any file. */
    @Test
    void tricklingStalledAndFloodingClientsAreCutOffWhileOthersAreServed() throws Exception {
        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("rules", TestRules.folder().toString()),
                ConfigOverride.config("server.maxThreads", String.valueOf(MAX_THREADS)),
                ConfigOverride.config("server.applicationConnectors[0].idleTimeout", "2s"));
        app.before();
        ExecutorService clients = Executors.newFixedThreadPool(41);
        try {
            int port = app.getLocalPort();
            HttpConnectorFactory connector = (HttpConnectorFactory) ((DefaultServerFactory) app.getConfiguration()
                    .getServerFactory()).getApplicationConnectors().get(0);
            assertThat(connector.getMinRequestDataPerSecond().toBytes()).as("raised from the file's zero").isEqualTo(256);

            // one byte every 250 ms: 408 within seconds, not after the whole upload
            long start = System.nanoTime();
            String trickled = upload(port, "/v1/classify", 400, 250, 40);
            assertThat(trickled).startsWith("HTTP/1.1 408").contains("\"status\":408");
            assertThat(seconds(start)).isLessThan(5.0);

            // headers, a declared body, then silence: closed at the 2 s idle timeout
            start = System.nanoTime();
            String stalled = upload(port, "/v1/classify", 400, 0, 0);
            assertThat(stalled).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 408"),
                    a -> assertThat(a).startsWith("HTTP/1.1 400"));
            assertThat(seconds(start)).isBetween(1.5, 6.0);

            // 40 trickling uploads at once, more than the pool's threads: a normal call is still served
            QueuedThreadPool pool = (QueuedThreadPool) app.getEnvironment().getApplicationContext().getServer().getThreadPool();
            AtomicInteger mostThreads = new AtomicInteger();
            List<Future<String>> flood = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                flood.add(clients.submit(() -> upload(port, "/v1/classify/batch", 2000, 300, 30)));
            }
            Thread.sleep(500);
            start = System.nanoTime();
            Http.Answer normal = new Http(port).postJson("/v1/classify", ITEM);
            double normalSeconds = seconds(start);
            for (Future<String> f : flood) {
                mostThreads.accumulateAndGet(pool.getThreads(), Math::max);
                assertThat(f.get(20, TimeUnit.SECONDS)).satisfiesAnyOf(a -> assertThat(a).startsWith("HTTP/1.1 408"),
                        a -> assertThat(a).isEmpty());
            }
            assertThat(normal.status()).isEqualTo(200);
            assertThat(normalSeconds).as("a normal call during the flood").isLessThan(8.0);
            assertThat(mostThreads.get()).isLessThanOrEqualTo(MAX_THREADS);
            assertThat(pool.getMaxThreads()).isEqualTo(MAX_THREADS);
        } finally {
            clients.shutdownNow();
            app.after();
        }
    }

    /**
     * More slow batch uploads than the gate has turns (one per processor), at a rate above this
     * instance's minimum, keep uploading while a normal batch is decided at once: before, each
     * took its turn before reading its body, and the normal batch waited 20 s for a 503.
     */
    @Test
    void slowBatchUploadsDoNotHoldTheBatchGate() throws Exception {
        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("rules", TestRules.folder().toString()),
                ConfigOverride.config("server.applicationConnectors[0].minRequestDataPerSecond", "1B"),
                ConfigOverride.config("server.applicationConnectors[0].idleTimeout", "30s"));
        app.before();
        int slow = Runtime.getRuntime().availableProcessors() + 1;
        List<Socket> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < slow; i++) {
                Socket s = new Socket("127.0.0.1", app.getLocalPort());
                s.getOutputStream().write(("POST /v1/classify/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 2000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                uploads.add(s);
            }
            for (int tick = 0; tick < 3; tick++) {   // the uploads are in the resource, reading
                Thread.sleep(300);
                for (Socket s : uploads) {
                    s.getOutputStream().write(' ');
                }
            }
            long start = System.nanoTime();
            Http.Answer batch = new Http(app.getLocalPort()).postJson("/v1/classify/batch", "{\"items\": [" + ITEM + "]}");
            assertThat(batch.status()).as(batch.body()).isEqualTo(200);
            assertThat(seconds(start)).isLessThan(5.0);
            for (Socket s : uploads) {
                s.getOutputStream().write(' ');
                assertThat(s.isClosed()).as("the slow uploads were still going").isFalse();
            }
        } finally {
            for (Socket s : uploads) {
                s.close();
            }
            app.after();
        }
    }

    /**
     * Declares {@code length} bytes, then sends {@code count} of them one at a time every
     * {@code everyMillis} (none: silence) and answers whatever the server said (empty when it
     * closed without an answer), reading for at most 15 s.
     */
    private static String upload(int port, String path, int length, long everyMillis, int count) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            try {
                for (int i = 0; i < count && in.available() == 0; i++) {
                    Thread.sleep(everyMillis);
                    out.write(i == 0 ? '{' : ' ');
                    out.flush();
                }
            } catch (SocketException closedByTheServer) {
                // the server gave up on us: read what it said
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (SocketException reset) {
                return "";
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
