package cn.rongjiang.disclosure.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentOverridesTest {

    @Test
    void defaultsAreLoopback8080And8081WithoutKeys() {
        DisclosureConfiguration config = new DisclosureConfiguration();
        assertThat(app(config).getBindHost()).isEqualTo("127.0.0.1");
        assertThat(app(config).getPort()).isEqualTo(8080);
        assertThat(admin(config).getBindHost()).isEqualTo("127.0.0.1");
        assertThat(admin(config).getPort()).isEqualTo(8081);
        assertThat(config.getBatchLimit()).isEqualTo(1000);
        assertThat(config.getMaxBodyBytes()).isEqualTo(1024 * 1024);
        assertThat(config.getApiKeyHashes()).isEmpty();
        assertThat(config.getRules()).isNull();
        assertThat(config.getReload().isEnabled()).isTrue();
        assertThat(config.isBenchmarkEndpoints()).isFalse();
    }

    @Test
    void everyVariableOverrides() {
        DisclosureConfiguration config = new DisclosureConfiguration();
        String hash = "a".repeat(64);
        new EnvironmentOverrides(Map.of(
                "DISCLOSURE_PORT", "9000", "DISCLOSURE_BIND", "0.0.0.0",
                "DISCLOSURE_ADMIN_PORT", "9001", "DISCLOSURE_ADMIN_BIND", "::1",
                "DISCLOSURE_RULES", "/srv/rules", "DISCLOSURE_BATCH_LIMIT", "50",
                "DISCLOSURE_MAX_BODY_BYTES", "2048", "DISCLOSURE_API_KEY_HASHES", hash + ", " + "b".repeat(64),
                "DISCLOSURE_RELOAD", "false", "DISCLOSURE_BENCHMARK_ENDPOINTS", "true")).applyTo(config);

        assertThat(app(config).getPort()).isEqualTo(9000);
        assertThat(app(config).getBindHost()).isEqualTo("0.0.0.0");
        assertThat(admin(config).getPort()).isEqualTo(9001);
        assertThat(admin(config).getBindHost()).isEqualTo("::1");
        assertThat(config.getRules()).isEqualTo("/srv/rules");
        assertThat(config.getBatchLimit()).isEqualTo(50);
        assertThat(config.getMaxBodyBytes()).isEqualTo(2048);
        assertThat(config.getApiKeyHashes()).containsExactly(hash, "b".repeat(64));
        assertThat(config.getReload().isEnabled()).isFalse();
        assertThat(config.isBenchmarkEndpoints()).isTrue();
    }

    @Test
    void blankVariablesChangeNothing() {
        DisclosureConfiguration config = new DisclosureConfiguration();
        new EnvironmentOverrides(Map.of("DISCLOSURE_PORT", " ", "DISCLOSURE_RULES", "")).applyTo(config);
        assertThat(app(config).getPort()).isEqualTo(8080);
        assertThat(config.getRules()).isNull();
    }

    @Test
    void malformedValuesNameTheVariable() {
        assertThatThrownBy(() -> new EnvironmentOverrides(Map.of("DISCLOSURE_PORT", "eighty")).applyTo(new DisclosureConfiguration()))
                .hasMessageContaining("DISCLOSURE_PORT");
        assertThatThrownBy(() -> new EnvironmentOverrides(Map.of("DISCLOSURE_BATCH_LIMIT", "0")).applyTo(new DisclosureConfiguration()))
                .hasMessageContaining("DISCLOSURE_BATCH_LIMIT");
        assertThatThrownBy(() -> new EnvironmentOverrides(Map.of("DISCLOSURE_API_KEY_HASHES", "my-secret-key")).applyTo(new DisclosureConfiguration()))
                .hasMessageContaining("not the keys themselves").hasMessageNotContaining("my-secret-key");
        assertThatThrownBy(() -> new EnvironmentOverrides(Map.of("DISCLOSURE_RELOAD", "yes")).applyTo(new DisclosureConfiguration()))
                .hasMessageContaining("DISCLOSURE_RELOAD");
    }

    private static HttpConnectorFactory app(DisclosureConfiguration config) {
        return (HttpConnectorFactory) ((DefaultServerFactory) config.getServerFactory()).getApplicationConnectors().get(0);
    }

    private static HttpConnectorFactory admin(DisclosureConfiguration config) {
        return (HttpConnectorFactory) ((DefaultServerFactory) config.getServerFactory()).getAdminConnectors().get(0);
    }
}
