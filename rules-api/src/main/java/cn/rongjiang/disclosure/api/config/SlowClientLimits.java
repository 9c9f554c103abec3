package cn.rongjiang.disclosure.api.config;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What keeps slow or stalled clients from holding the service's threads. A request's body is read
 * on a request thread, which blocks while the client sends: one byte a second from a thousand
 * connections once held a thousand threads and starved every other caller. So:
 * <ul>
 * <li>the request thread pool is bounded ({@link #MAX_THREADS});</li>
 * <li>a body must arrive at {@link #MIN_DATA_PER_SECOND} at least (Jetty's minimum request data
 *     rate, measured from its first byte): slower is 408 and the thread is free again; the same
 *     minimum holds for a client reading its answer;</li>
 * <li>a connection silent for {@link #IDLE_TIMEOUT} is closed (a body that never starts); on the
 *     admin port, {@link #ADMIN_IDLE_TIMEOUT}.</li>
 * </ul>
 */
public final class SlowClientLimits {
    public static final int MAX_THREADS = 64;
    /**
     * Low enough that a small body read by a busy server is not taken for a slow client (Jetty
     * checks before every read, from the body's first byte: a 60-byte body read in two parts
     * 250 ms apart would fail 256 B/s), high enough that one byte a second fails within two.
     */
    public static final DataSize MIN_DATA_PER_SECOND = DataSize.bytes(256);
    public static final Duration IDLE_TIMEOUT = Duration.seconds(10);
    /** The admin port's: a forced reload answers only when its check ends (reload.checkTimeout, 30 s by default). */
    public static final Duration ADMIN_IDLE_TIMEOUT = Duration.seconds(60);

    private SlowClientLimits() {
    }

    /** The defaults, for a server block built in code. */
    public static void setDefaults(DefaultServerFactory server) {
        server.setMaxThreads(MAX_THREADS);
        connectors(server).forEach(http -> {
            http.setIdleTimeout(server.getAdminConnectors().contains(http) ? ADMIN_IDLE_TIMEOUT : IDLE_TIMEOUT);
            http.setMinRequestDataPerSecond(MIN_DATA_PER_SECOND);
            http.setMinResponseDataPerSecond(MIN_DATA_PER_SECOND);
        });
    }

    /**
     * Raises a minimum data rate of zero (no minimum: Dropwizard's default, so what a YAML
     * {@code server:} section gets unless it says otherwise) to {@link #MIN_DATA_PER_SECOND}.
     * A rate set explicitly above zero stands.
     */
    public static void requireMinimumRates(DefaultServerFactory server) {
        connectors(server).forEach(http -> {
            if (http.getMinRequestDataPerSecond().toBytes() <= 0) {
                http.setMinRequestDataPerSecond(MIN_DATA_PER_SECOND);
            }
            if (http.getMinResponseDataPerSecond().toBytes() <= 0) {
                http.setMinResponseDataPerSecond(MIN_DATA_PER_SECOND);
            }
        });
    }

    private static List<HttpConnectorFactory> connectors(DefaultServerFactory server) {
        return Stream.concat(server.getApplicationConnectors().stream(), server.getAdminConnectors().stream())
                .filter(HttpConnectorFactory.class::isInstance).map(HttpConnectorFactory.class::cast).toList();
    }
}
