package cn.rongjiang.disclosure.api.config;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Makes Jetty's per-connection header cache case-sensitive on every connector, before any starts.
 *
 * <p>By default Jetty caches header fields such as {@code Authorization} per connection and
 * matches them case-insensitively: once {@code Authorization: Bearer abc} has been seen on a
 * keep-alive connection, a later {@code Authorization: Bearer ABC} on it is replaced by the cached
 * field, so the application sees the key that was accepted before. Behind a proxy that shares
 * upstream connections between callers, a key known only up to letter case would then pass.
 * A case-sensitive cache reuses a field only for the exact same bytes.
 */
public final class CaseSensitiveHeaderCache implements LifeCycle.Listener {

    /** Dropwizard attaches its lifecycle listeners to a handler of the server, which starts before the connectors. */
    @Override
    public void lifeCycleStarting(LifeCycle event) {
        Server server = event instanceof Server s ? s : event instanceof Handler h ? h.getServer() : null;
        if (server != null) {
            apply(server);
        }
    }

    /**
     * Sets the HTTP configuration of every connector of {@code server} to a case-sensitive header
     * cache; Dropwizard wraps the connection factories (for metrics), so they are looked for inside.
     *
     * @throws IllegalStateException when a connector has no HTTP configuration to set: better no start than an unsafe one
     */
    public static void apply(Server server) {
        for (Connector connector : server.getConnectors()) {
            Set<HttpConfiguration> configurations = Collections.newSetFromMap(new IdentityHashMap<>());
            for (ConnectionFactory factory : connector.getConnectionFactories()) {
                if (factory instanceof HttpConfiguration.ConnectionFactory http) {
                    configurations.add(http.getHttpConfiguration());
                }
                if (factory instanceof ContainerLifeCycle container) {
                    container.getContainedBeans(HttpConfiguration.ConnectionFactory.class)
                            .forEach(http -> configurations.add(http.getHttpConfiguration()));
                }
            }
            if (configurations.isEmpty()) {
                throw new IllegalStateException("connector " + connector + " has no HTTP configuration to make its header cache case-sensitive");
            }
            configurations.forEach(c -> c.setHeaderCacheCaseSensitive(true));
        }
    }
}
