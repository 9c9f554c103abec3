package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.RuleLoadException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shipped table by walking up from the working directory to a {@code rules/tables} folder. */
final class ShippedTable {

    static final String RELATIVE = "rules/tables/category-keywords.csv";

    private ShippedTable() {
    }

    static Path path() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + RELATIVE + " above " + dir);
    }

    static KeywordTable load() {
        try {
            return KeywordTable.load(path());
        } catch (RuleLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
