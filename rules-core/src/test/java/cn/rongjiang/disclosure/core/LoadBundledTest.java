package cn.rongjiang.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.model.Category;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules the build copies into the library, loadable without the project's folder. */
class LoadBundledTest {

    @Test
    void bundledRulesAreTheProjectsRulesAndClassify() throws Exception {
        Path bundled = DisclosureEngine.bundledRuleFolder();
        assertThat(bundled.resolve("disclosure/10-state-secrets.drl")).isRegularFile();
        assertThat(Files.readString(bundled.resolve("disclosure/10-state-secrets.drl")))
                .isEqualTo(Files.readString(BundledRules.folder().resolve("disclosure/10-state-secrets.drl")));

        DisclosureEngine engine = DisclosureEngine.loadBundled();
        assertThat(engine.ruleSet().version()).isEqualTo(BundledRules.engine().ruleSet().version())
                .isEqualTo(DisclosureEngine.ruleSetVersion(bundled));
        assertThat(engine.classify(Item.builder("民政局2023年部门预算")
                .category(Category.BUDGET_FINAL_ACCOUNTS).build()).disclosure())
                .isEqualTo(Disclosure.PROACTIVE);
    }

    @Test
    void theVersionFollowsTheRuleFilesAndTablesButNotTheCases(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("rules");
        copyTree(BundledRules.folder(), copy);
        String version = DisclosureEngine.ruleSetVersion(copy);
        assertThat(version).isEqualTo(BundledRules.engine().ruleSet().version());

        Files.writeString(copy.resolve("cases/extra.json"), "[]");
        assertThat(DisclosureEngine.ruleSetVersion(copy)).isEqualTo(version);

        Path table = copy.resolve("tables/offices.csv");
        Files.writeString(table, Files.readString(table) + "# one more comment\n");
        assertThat(DisclosureEngine.ruleSetVersion(copy)).isNotEqualTo(version).hasSize(12);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
