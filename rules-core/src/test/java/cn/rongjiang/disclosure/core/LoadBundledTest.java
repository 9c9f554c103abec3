package cn.rongjiang.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rules the build copies into the library, loadable without the project's folder. */
class LoadBundledTest {

    @Test
    void bundledRulesAreTheProjectsRulesAndClassify() throws Exception {
        Path bundled = DisclosureEngine.bundledRuleFolder();
        assertThat(bundled.resolve("disclosure/10-state-secrets.drl")).isRegularFile();
        assertThat(Files.readString(bundled.resolve("disclosure/10-state-secrets.drl")))
                .isEqualTo(Files.readString(BundledRules.folder().resolve("disclosure/10-state-secrets.drl")));

        DisclosureEngine engine = DisclosureEngine.loadBundled();
        assertThat(engine.ruleSet().version()).isEqualTo(BundledRules.engine().ruleSet().version());
        assertThat(engine.classify(Item.builder("民政局2023年部门预算")
                .category(Category.BUDGET_FINAL_ACCOUNTS).build()).disclosure())
                .isEqualTo(Disclosure.PROACTIVE);
    }
}
