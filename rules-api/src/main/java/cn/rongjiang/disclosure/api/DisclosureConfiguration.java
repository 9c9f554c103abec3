package cn.rongjiang.disclosure.api;

import cn.rongjiang.disclosure.api.auth.ApiKeyNames;
import cn.rongjiang.disclosure.api.config.PathOnlyRequestLogFactory;
import cn.rongjiang.disclosure.api.record.RecordSettings;
import cn.rongjiang.disclosure.api.config.SlowClientLimits;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's configuration. Every field has a default, so {@code server} runs with no file:
 * the bundled rules on 127.0.0.1:8080, admin on 127.0.0.1:8081, no API keys (loopback only).
 * Environment variables override the file; see {@link cn.rongjiang.disclosure.api.config.EnvironmentOverrides}.
 */
public class DisclosureConfiguration extends Configuration {
    /** 1 MiB: contract §6. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private String rules;

    @Min(1)
    @Max(100_000)
    private int batchLimit = 1000;

    @Min(1024)
    @Max(64 * 1024 * 1024)
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    @NotNull
    private List<@NotNull @Pattern(regexp = ApiKeyNames.ENTRY,
            message = "must be a SHA-256 hash (64 hex digits), optionally after a name and a colon: name:hash") String>
            apiKeyHashes = new ArrayList<>();

    private boolean allowPublicAdmin = false;

    private boolean benchmarkEndpoints = false;

    @Valid
    @NotNull
    private ReloadSettings reload = new ReloadSettings();

    @Valid
    @NotNull
    private RecordSettings record = new RecordSettings();

    /** Loopback connectors and a request log without query strings, so a bare {@code server} is safe. */
    public DisclosureConfiguration() {
        DefaultServerFactory server = new DefaultServerFactory();
        server.setApplicationConnectors(List.of(loopback(8080)));
        server.setAdminConnectors(List.of(loopback(8081)));
        server.setRequestLogFactory(new PathOnlyRequestLogFactory());
        server.setRegisterDefaultExceptionMappers(false);
        SlowClientLimits.setDefaults(server);
        setServerFactory(server);
    }

    private static ConnectorFactory loopback(int port) {
        HttpConnectorFactory http = new HttpConnectorFactory();
        http.setBindHost("127.0.0.1");
        http.setPort(port);
        return http;
    }

    /** The rule folder; null means {@code ./rules} when present, else the bundled rules. */
    @JsonProperty
    public String getRules() {
        return rules;
    }

    @JsonProperty
    public void setRules(String rules) {
        this.rules = rules;
    }

    /** The most items one {@code /v1/classify/batch} call may carry. */
    @JsonProperty
    public int getBatchLimit() {
        return batchLimit;
    }

    @JsonProperty
    public void setBatchLimit(int batchLimit) {
        this.batchLimit = batchLimit;
    }

    /** The largest request body accepted, in bytes; larger ones get 413. */
    @JsonProperty
    public long getMaxBodyBytes() {
        return maxBodyBytes;
    }

    @JsonProperty
    public void setMaxBodyBytes(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * SHA-256 hashes (hex) of the accepted API keys, each optionally named ({@code name:hash}; the
     * name goes into the decision record); empty means no auth, loopback only.
     */
    @JsonProperty
    public List<String> getApiKeyHashes() {
        return apiKeyHashes;
    }

    @JsonProperty
    public void setApiKeyHashes(List<String> apiKeyHashes) {
        this.apiKeyHashes = apiKeyHashes == null ? new ArrayList<>() : new ArrayList<>(apiKeyHashes);
    }

    /** Whether the admin port may bind a non-loopback address (it has no auth of its own). */
    @JsonProperty
    public boolean isAllowPublicAdmin() {
        return allowPublicAdmin;
    }

    @JsonProperty
    public void setAllowPublicAdmin(boolean allowPublicAdmin) {
        this.allowPublicAdmin = allowPublicAdmin;
    }

    /** Whether {@code POST /v1/noop}, the load-test baseline, is served; off by default (then it is a 404). */
    @JsonProperty
    public boolean isBenchmarkEndpoints() {
        return benchmarkEndpoints;
    }

    @JsonProperty
    public void setBenchmarkEndpoints(boolean benchmarkEndpoints) {
        this.benchmarkEndpoints = benchmarkEndpoints;
    }

    @JsonProperty
    public ReloadSettings getReload() {
        return reload;
    }

    @JsonProperty
    public void setReload(ReloadSettings reload) {
        this.reload = reload;
    }

    /** The decision record: where decisions are kept, for how long, or not at all. */
    @JsonProperty
    public RecordSettings getRecord() {
        return record;
    }

    @JsonProperty
    public void setRecord(RecordSettings record) {
        this.record = record;
    }

    /** Whether the service watches its rule folder, and how long it waits for an edit to settle. */
    public static class ReloadSettings {
        private boolean enabled = true;

        @NotNull
        private Duration debounce = Duration.milliseconds(500);

        @NotNull
        @MinDuration(value = 1, unit = java.util.concurrent.TimeUnit.SECONDS)
        private Duration checkTimeout = Duration.seconds(30);

        @JsonProperty
        public boolean isEnabled() {
            return enabled;
        }

        @JsonProperty
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        @JsonProperty
        public Duration getDebounce() {
            return debounce;
        }

        @JsonProperty
        public void setDebounce(Duration debounce) {
            this.debounce = debounce;
        }

        /** How long a reload's full check may run before it is abandoned and the reload rejected. */
        @JsonProperty
        public Duration getCheckTimeout() {
            return checkTimeout;
        }

        @JsonProperty
        public void setCheckTimeout(Duration checkTimeout) {
            this.checkTimeout = checkTimeout;
        }
    }
}
