package cn.rongjiang.disclosure.api.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's rule folder, found by walking up from the working directory, and copies of it to edit. */
final class TestRules {
    private TestRules() {
    }

    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("rules/disclosure"))) {
                return dir.resolve("rules");
            }
        }
        throw new IllegalStateException("no rules/disclosure above " + Path.of("").toAbsolutePath());
    }

    static Path copyInto(Path dir) {
        Path source = folder();
        Path target = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
