package cn.rongjiang.disclosure.api.config;

import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The start-up refusal of contract-less exposure: without API keys the API may listen only on a
 * loopback address, and the admin port (which has no auth at all) only on loopback unless
 * {@code allowPublicAdmin} says otherwise. A connector without a bind host listens on every
 * interface, so it counts as public.
 */
public final class BindGuard {
    private BindGuard() {
    }

    /** Why the service must not start with these connectors, or empty when it may. */
    public static Optional<String> refusal(List<ConnectorFactory> application, List<ConnectorFactory> admin,
                                           boolean keysConfigured, boolean allowPublicAdmin) {
        List<String> reasons = new ArrayList<>();
        if (!keysConfigured) {
            publicHosts(application).forEach(host -> reasons.add("the API would listen on " + host
                    + " with no API keys configured: anyone who can reach it could call it. Configure apiKeyHashes "
                    + "(or DISCLOSURE_API_KEY_HASHES), or bind 127.0.0.1"));
        }
        if (!allowPublicAdmin) {
            publicHosts(admin).forEach(host -> reasons.add("the admin port would listen on " + host
                    + ": it has no authentication (it can force reloads). Bind it to 127.0.0.1, or set allowPublicAdmin: true"));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of("refusing to start: " + String.join("; ", reasons));
    }

    private static List<String> publicHosts(List<ConnectorFactory> connectors) {
        List<String> hosts = new ArrayList<>();
        for (ConnectorFactory connector : connectors) {
            String host = connector instanceof HttpConnectorFactory http ? http.getBindHost() : null;
            if (!isLoopback(host)) {
                hosts.add(host == null || host.isBlank() ? "every interface (no bindHost)" : host);
            }
        }
        return hosts;
    }

    /** True only for names that resolve to loopback addresses alone; unresolvable names count as public. */
    static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress a : addresses) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
