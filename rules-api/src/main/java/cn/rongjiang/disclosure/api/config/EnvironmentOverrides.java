package cn.rongjiang.disclosure.api.config;

import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import cn.rongjiang.disclosure.api.auth.ApiKeyNames;
import cn.rongjiang.disclosure.api.record.RecordSettings;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Environment variables that override the configuration (file or defaults), so a container or
 * a systemd unit can set the usual knobs without a YAML file. Applied once, before the server
 * is built. Unset or blank variables change nothing; a malformed one stops the start with a
 * message naming it.
 *
 * <table>
 * <caption>variables</caption>
 * <tr><td>DISCLOSURE_PORT, DISCLOSURE_BIND</td><td>the first application connector</td></tr>
 * <tr><td>DISCLOSURE_ADMIN_PORT, DISCLOSURE_ADMIN_BIND</td><td>the first admin connector</td></tr>
 * <tr><td>DISCLOSURE_RULES</td><td>{@code rules}</td></tr>
 * <tr><td>DISCLOSURE_BATCH_LIMIT</td><td>{@code batchLimit}</td></tr>
 * <tr><td>DISCLOSURE_MAX_BODY_BYTES</td><td>{@code maxBodyBytes}</td></tr>
 * <tr><td>DISCLOSURE_API_KEY_HASHES</td><td>{@code apiKeyHashes}, comma-separated</td></tr>
 * <tr><td>DISCLOSURE_RELOAD</td><td>{@code reload.enabled}, true or false</td></tr>
 * <tr><td>DISCLOSURE_BENCHMARK_ENDPOINTS</td><td>{@code benchmarkEndpoints}, true or false</td></tr>
 * <tr><td>DISCLOSURE_RECORD</td><td>{@code record.enabled}, true or false</td></tr>
 * <tr><td>DISCLOSURE_RECORD_URL, _USER, _PASSWORD</td><td>{@code record.database} url, user, password</td></tr>
 * <tr><td>DISCLOSURE_RECORD_RETENTION_DAYS</td><td>{@code record.retentionDays}</td></tr>
 * </table>
 */
public final class EnvironmentOverrides {
    private final Map<String, String> env;

    public EnvironmentOverrides(Map<String, String> env) {
        this.env = env;
    }

    /** Applies every set variable to {@code config}. */
    public void applyTo(DisclosureConfiguration config) {
        DefaultServerFactory server = config.getServerFactory() instanceof DefaultServerFactory d ? d : null;
        with("DISCLOSURE_PORT", v -> http("DISCLOSURE_PORT", server == null ? null : server.getApplicationConnectors())
                .setPort(port("DISCLOSURE_PORT", v)));
        with("DISCLOSURE_BIND", v -> http("DISCLOSURE_BIND", server == null ? null : server.getApplicationConnectors())
                .setBindHost(v.strip()));
        with("DISCLOSURE_ADMIN_PORT", v -> http("DISCLOSURE_ADMIN_PORT", server == null ? null : server.getAdminConnectors())
                .setPort(port("DISCLOSURE_ADMIN_PORT", v)));
        with("DISCLOSURE_ADMIN_BIND", v -> http("DISCLOSURE_ADMIN_BIND", server == null ? null : server.getAdminConnectors())
                .setBindHost(v.strip()));
        with("DISCLOSURE_RULES", v -> config.setRules(v.strip()));
        with("DISCLOSURE_BATCH_LIMIT", v -> config.setBatchLimit(number("DISCLOSURE_BATCH_LIMIT", v, 1, 100_000)));
        with("DISCLOSURE_MAX_BODY_BYTES", v -> config.setMaxBodyBytes(number("DISCLOSURE_MAX_BODY_BYTES", v, 1024, 64 << 20)));
        with("DISCLOSURE_API_KEY_HASHES", v -> config.setApiKeyHashes(hashes(v)));
        with("DISCLOSURE_RELOAD", v -> config.getReload().setEnabled(bool("DISCLOSURE_RELOAD", v)));
        with("DISCLOSURE_BENCHMARK_ENDPOINTS", v -> config.setBenchmarkEndpoints(bool("DISCLOSURE_BENCHMARK_ENDPOINTS", v)));
        applyRecord(config.getRecord());
    }

    /** The decision record's variables; the impact command reads the record with them too. */
    public void applyRecord(RecordSettings record) {
        with("DISCLOSURE_RECORD", v -> record.setEnabled(bool("DISCLOSURE_RECORD", v)));
        with("DISCLOSURE_RECORD_URL", v -> {
            try {
                record.useUrl(v.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("DISCLOSURE_RECORD_URL: " + e.getMessage());
            }
        });
        with("DISCLOSURE_RECORD_USER", v -> record.getDatabase().setUser(v.strip()));
        with("DISCLOSURE_RECORD_PASSWORD", v -> record.getDatabase().setPassword(v));
        with("DISCLOSURE_RECORD_RETENTION_DAYS", v -> record.setRetentionDays(
                number("DISCLOSURE_RECORD_RETENTION_DAYS", v, 0, 36_500)));
    }

    private void with(String name, Consumer<String> apply) {
        String value = env.get(name);
        if (value != null && !value.isBlank()) {
            apply.accept(value);
        }
    }

    private static HttpConnectorFactory http(String name, List<ConnectorFactory> connectors) {
        if (connectors == null || connectors.isEmpty() || !(connectors.get(0) instanceof HttpConnectorFactory http)) {
            throw new IllegalArgumentException(name + " is set, but the configuration has no HTTP connector it could change");
        }
        return http;
    }

    private static int port(String name, String value) {
        return number(name, value, 0, 65_535);
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got \"" + value + "\"");
    }

    private static boolean bool(String name, String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got \"" + value + "\"");
        };
    }

    private static List<String> hashes(String value) {
        List<String> hashes = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String h : hashes) {
            if (!h.matches(ApiKeyNames.ENTRY)) {
                throw new IllegalArgumentException("DISCLOSURE_API_KEY_HASHES must list SHA-256 hashes (64 hex digits, "
                        + "each optionally as name:hash, comma-separated), not the keys themselves; got an entry of "
                        + h.length() + " characters");
            }
        }
        return hashes;
    }
}
