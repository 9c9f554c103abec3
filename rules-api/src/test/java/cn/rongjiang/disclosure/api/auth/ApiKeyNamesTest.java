package cn.rongjiang.disclosure.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyNamesTest {
    private static final String PORTAL = ApiKeys.hash("portal-key");
    private static final String DMS = ApiKeys.hash("dms-key");

    @Test
    void namedAndUnnamedEntriesWorkSideBySide() {
        List<String> entries = List.of("门户-portal:" + PORTAL, DMS.toUpperCase());
        ApiKeys keys = new ApiKeys(entries);
        ApiKeyNames names = new ApiKeyNames(entries);

        assertThat(keys.indexOf("portal-key")).isZero();
        assertThat(keys.indexOf("dms-key")).isEqualTo(1);
        assertThat(keys.indexOf("nobody")).isEqualTo(-1);
        assertThat(keys.indexOf(null)).isEqualTo(-1);
        assertThat(keys.accepts("portal-key")).isTrue();
        assertThat(names.name(0)).isEqualTo("门户-portal");
        assertThat(names.name(1)).as("an unnamed key: the start of its hash, never the key").isEqualTo("sha256:" + DMS.substring(0, 12));
    }

    @Test
    void anEntryIsAHashOptionallyAfterANameNeverAKey() {
        assertThat("portal:" + PORTAL).matches(ApiKeyNames.ENTRY);
        assertThat(PORTAL).matches(ApiKeyNames.ENTRY);
        assertThat("portal-key").doesNotMatch(ApiKeyNames.ENTRY);
        assertThat("a b:" + PORTAL).doesNotMatch(ApiKeyNames.ENTRY);
        assertThat(":" + PORTAL).doesNotMatch(ApiKeyNames.ENTRY);
    }
}
