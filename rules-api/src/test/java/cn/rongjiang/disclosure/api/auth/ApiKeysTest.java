package cn.rongjiang.disclosure.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    // printf %s 'test-key-甲' | sha256sum
    private static final String HASH = "58cef2d901635c1cf42bbd40365b957ee082bdc310336046417dc8226fc74bbf";

    @Test
    void hashIsWhatSha256sumPrints() {
        assertThat(ApiKeys.hash("test-key-甲")).isEqualTo(HASH);
    }

    @Test
    void acceptsOnlyAConfiguredKey() {
        ApiKeys keys = new ApiKeys(List.of(ApiKeys.hash("other"), HASH.toUpperCase()));
        assertThat(keys.required()).isTrue();
        assertThat(keys.accepts("test-key-甲")).isTrue();
        assertThat(keys.accepts("other")).isTrue();
        assertThat(keys.accepts("test-key-乙")).isFalse();
        assertThat(keys.accepts(HASH)).as("the hash itself is not a key").isFalse();
        assertThat(keys.accepts("")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
    }

    @Test
    void noKeysMeansNoAuth() {
        assertThat(new ApiKeys(List.of()).required()).isFalse();
        assertThat(new ApiKeys(List.of()).accepts("anything")).isFalse();
    }
}
