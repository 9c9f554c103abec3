package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The conformance check is not vacuous: it rejects what the spec does not allow. */
class OpenApiContractTest {
    private static final String STATUS = """
            {"active":{"version":"v1","loadedAt":"2026-11-26T17:22:35.847Z","ruleCount":3},
             "lastAttempt":{"at":"2026-11-26T17:22:36Z","trigger":"start-up","result":"ACTIVATED","version":"v1","problems":[],"failingCases":[]}}""";

    @Test
    void acceptsAConformingBody() {
        assertThatCode(() -> OpenApiContract.assertConforms("GET", "/v1/rules/status", new Http.Answer(200, STATUS, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAnUndocumentedField() {
        String body = STATUS.replace("\"ruleCount\":3", "\"ruleCount\":3,\"secret\":1");
        assertThatThrownBy(() -> OpenApiContract.assertConforms("GET", "/v1/rules/status", new Http.Answer(200, body, null)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void rejectsAWrongEnumValue() {
        String body = STATUS.replace("ACTIVATED", "MAYBE");
        assertThatThrownBy(() -> OpenApiContract.assertConforms("GET", "/v1/rules/status", new Http.Answer(200, body, null)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void rejectsAnUndocumentedStatus() {
        assertThatThrownBy(() -> OpenApiContract.assertConforms("GET", "/v1/rules/status", new Http.Answer(418, "{}", null)))
                .isInstanceOf(AssertionError.class);
    }
}
