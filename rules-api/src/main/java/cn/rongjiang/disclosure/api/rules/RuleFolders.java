package cn.rongjiang.disclosure.api.rules;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the rule folder to use. An explicit folder wins; otherwise {@code ./rules} when the
 * working directory is the project (policy staff editing the rules see their edit), otherwise
 * the copy of {@code rules/} bundled in rules-core's jar at build time, unpacked to a temporary folder.
 */
public final class RuleFolders {
    private RuleFolders() {
    }

    /** The folder named by {@code option}, or the default one when it is null or blank. */
    public static Path resolve(String option) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local.resolve("disclosure"))) {
            return local;
        }
        return bundled();
    }

    /** The rules bundled in the jar (rules-core's copy), as a real folder (unpacked once per process). */
    public static Path bundled() {
        return DisclosureEngine.bundledRuleFolder();
    }
}
