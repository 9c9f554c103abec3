package cn.rongjiang.disclosure.core.calendar;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real calendar file for tests. The shared data lives beside the project clone
 * ({@code ../shared}), and tests may run from the project root or a module directory, so walk up
 * from the working directory instead of relying on one fixed relative path.
 */
final class SharedCalendarFile {

    private static final Path RELATIVE = Path.of("shared", "calendar", "cn-workdays.csv");

    private SharedCalendarFile() {
    }

    /** The path of {@code shared/calendar/cn-workdays.csv} in the nearest enclosing directory. */
    static Path path() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + RELATIVE + " found in " + start + " or any parent directory");
    }
}
