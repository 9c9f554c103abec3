package cn.rongjiang.disclosure.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import org.junit.jupiter.api.Test;

class VersionBannerTest {

    @Test
    void namesTheBuildAndTheBundledRuleSetsVersion() throws Exception {
        String bundled = DisclosureEngine.loadBundled().ruleSet().version();
        assertThat(VersionBanner.text())
                .startsWith("disclosure-rules ")
                .contains("; bundled rules " + bundled);
    }

    @Test
    void onlyTheVersionOptionAloneAsksForIt() {
        assertThat(VersionBanner.asked("--version")).isTrue();
        assertThat(VersionBanner.asked("-v")).isTrue();
        assertThat(VersionBanner.asked("server")).isFalse();
        assertThat(VersionBanner.asked("classify", "--version")).isFalse();
    }
}
