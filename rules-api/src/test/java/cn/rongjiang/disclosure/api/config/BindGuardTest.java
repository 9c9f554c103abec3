package cn.rongjiang.disclosure.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class BindGuardTest {
    private static final List<ConnectorFactory> LOOPBACK = List.of(http("127.0.0.1"));

    @Test
    void loopbackWithoutKeysIsFine() {
        assertThat(BindGuard.refusal(LOOPBACK, LOOPBACK, false, false)).isEmpty();
        assertThat(BindGuard.refusal(List.of(http("localhost")), List.of(http("::1")), false, false)).isEmpty();
    }

    @Test
    void aPublicAddressWithoutKeysIsRefusedWithTheReason() {
        assertThat(BindGuard.refusal(List.of(http("0.0.0.0")), LOOPBACK, false, false))
                .hasValueSatisfying(r -> assertThat(r).contains("refusing to start").contains("0.0.0.0")
                        .contains("no API keys").contains("apiKeyHashes"));
        assertThat(BindGuard.refusal(List.of(http("10.1.2.3")), LOOPBACK, false, false)).isPresent();
    }

    @Test
    void noBindHostMeansEveryInterfaceAndIsRefused() {
        assertThat(BindGuard.refusal(List.of(http(null)), LOOPBACK, false, false))
                .hasValueSatisfying(r -> assertThat(r).contains("every interface"));
    }

    @Test
    void aPublicAddressWithKeysIsFine() {
        assertThat(BindGuard.refusal(List.of(http("0.0.0.0")), LOOPBACK, true, false)).isEmpty();
    }

    @Test
    void aPublicAdminPortIsRefusedUnlessAllowed() {
        assertThat(BindGuard.refusal(LOOPBACK, List.of(http("0.0.0.0")), true, false))
                .hasValueSatisfying(r -> assertThat(r).contains("admin port").contains("allowPublicAdmin"));
        assertThat(BindGuard.refusal(LOOPBACK, List.of(http("0.0.0.0")), true, true)).isEmpty();
    }

    private static HttpConnectorFactory http(String host) {
        HttpConnectorFactory http = new HttpConnectorFactory();
        http.setBindHost(host);
        return http;
    }
}
