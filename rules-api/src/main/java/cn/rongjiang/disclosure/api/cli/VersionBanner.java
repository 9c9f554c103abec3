package cn.rongjiang.disclosure.api.cli;

import cn.rongjiang.disclosure.api.rules.RuleFolders;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.RuleLoadException;
import java.nio.file.Path;

/**
 * What {@code --version} prints: the build's version and the version of the rule set it would
 * serve (the same hash decisions carry in {@code rules.version}), without compiling the rules.
 */
public final class VersionBanner {
    private VersionBanner() {
    }

    /** True when {@code args} ask for the version only. */
    public static boolean asked(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-v"));
    }

    /** For example {@code disclosure-rules 0.1.0; bundled rules 3f2a…; ./rules 9c1d…}. */
    public static String text() {
        String build = DisclosureEngine.class.getPackage().getImplementationVersion();
        String own = VersionBanner.class.getPackage().getImplementationVersion();
        StringBuilder text = new StringBuilder("disclosure-rules ")
                .append(own != null ? own : build != null ? build : "(version unknown: not run from a built jar)");
        text.append("; bundled rules ").append(version(DisclosureEngine.bundledRuleFolder()));
        Path used = RuleFolders.resolve(null);
        if (!used.equals(DisclosureEngine.bundledRuleFolder())) {
            text.append("; ").append(used).append(" (used without --rules) ").append(version(used));
        }
        return text.toString();
    }

    private static String version(Path folder) {
        try {
            return DisclosureEngine.ruleSetVersion(folder);
        } catch (RuleLoadException | RuntimeException e) {
            return "unreadable (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }
}
