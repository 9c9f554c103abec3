package cn.rongjiang.disclosure.api.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the rule folder to use. An explicit folder wins; otherwise {@code ./rules} when the
 * working directory is the project (policy staff editing the rules see their edit), otherwise
 * the copy of {@code rules/} bundled in the jar at build time, unpacked to a temporary folder.
 */
public final class RuleFolders {
    private static final String BUNDLED = "/bundled-rules";
    private static Path unpacked;

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

    /** The rules bundled in the jar, as a real folder (unpacked once per process). */
    public static synchronized Path bundled() {
        if (unpacked == null) {
            unpacked = unpackBundled();
        }
        return unpacked;
    }

    private static Path unpackBundled() {
        URL url = RuleFolders.class.getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("this build carries no bundled rules; pass --rules DIR");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            Path target = Files.createTempDirectory("disclosure-rules-").resolve("rules");
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyTree(jar.getPath(BUNDLED), target);
            }
            deleteOnExit(target.getParent());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled rules", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
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

    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }));
    }
}
