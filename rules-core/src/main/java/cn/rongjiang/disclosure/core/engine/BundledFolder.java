package cn.rongjiang.disclosure.core.engine;

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
 * The project's {@code rules/} folder, copied into rules-core's jar at build time. Drools and the
 * tables read real files, so a copy inside a jar is unpacked once per process to a temporary
 * folder that is deleted on exit.
 */
public final class BundledFolder {
    /** Where the build puts the copy (rules-core's pom). */
    public static final String RESOURCE = "/cn/rongjiang/disclosure/core/bundled-rules";
    private static Path unpacked;

    private BundledFolder() {
    }

    /** The bundled rules as a real folder. */
    public static synchronized Path path() {
        if (unpacked == null) {
            unpacked = unpack();
        }
        return unpacked;
    }

    private static Path unpack() {
        URL url = BundledFolder.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("this build carries no bundled rules (" + RESOURCE + ")");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri); // classes run from a folder (tests, an IDE)
            }
            Path target = Files.createTempDirectory("disclosure-rules-").resolve("rules");
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyTree(jar.getPath(RESOURCE), target);
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
