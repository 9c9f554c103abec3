package cn.rongjiang.disclosure.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own rule folder, found from wherever the tests run, and loaded once. */
public final class BundledRules {
    private static DisclosureEngine engine;

    private BundledRules() {
    }

    /** {@code rules/} at the project root: the module's parent when run by Maven. */
    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("rules");
            if (Files.isDirectory(candidate.resolve("disclosure"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no rules/disclosure folder above " + Path.of("").toAbsolutePath());
    }

    /** The engine over the bundled rules, loaded once for the whole test run. */
    public static synchronized DisclosureEngine engine() {
        if (engine == null) {
            try {
                engine = DisclosureEngine.load(folder());
            } catch (RuleLoadException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return engine;
    }
}
