package cn.rongjiang.disclosure.api.service;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for the tests: initdb and pg_ctl of the machine's PostgreSQL
 * ({@code /usr/lib/postgresql/N/bin}, Debian's layout, or {@code PG_BIN}) in a temporary folder,
 * listening on a free loopback port only, stopped and deleted afterwards. As root it runs them as
 * the {@code postgres} user (PostgreSQL refuses to run as root). {@code DISCLOSURE_TEST_PG_URL}
 * (with {@code DISCLOSURE_TEST_PG_USER}) uses a server that is already running instead.
 * Without PostgreSQL the tests are skipped, except in CI ({@code CI} set), where they fail.
 */
final class TestPostgres implements AutoCloseable {
    private final String url;
    private final String user;
    private final Path dir;
    private final Path bin;
    private final boolean asPostgres;

    private TestPostgres(String url, String user, Path dir, Path bin, boolean asPostgres) {
        this.url = url;
        this.user = user;
        this.dir = dir;
        this.bin = bin;
        this.asPostgres = asPostgres;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    static TestPostgres start() throws Exception {
        String external = System.getenv("DISCLOSURE_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("DISCLOSURE_TEST_PG_USER", "postgres");
            return new TestPostgres(external, user, null, null, false);
        }
        Path bin = binaries();
        if (bin == null) {
            String why = "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin or PG_BIN)";
            if (System.getenv("CI") != null) {
                fail(why + ", and in CI the PostgreSQL tests must run: .ci/run installs it");
            }
            Assumptions.abort(why + "; skipped outside CI");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "record-pg-");
        if (root) {
            run(dir, false, "chown", "postgres:postgres", dir.toString());
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path data = dir.resolve("data");
        run(dir, root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--no-locale", "--no-sync");
        run(dir, root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
        return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", dir, bin, root);
    }

    @Override
    public void close() throws Exception {
        if (dir == null) {
            return;
        }
        try {
            run(dir, asPostgres, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path binaries() throws IOException {
        String given = System.getenv("PG_BIN");
        if (given != null && Files.isExecutable(Path.of(given, "initdb"))) {
            return Path.of(given);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent()))).orElse(null);
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(Path dir, boolean asPostgres, String... command) throws Exception {
        List<String> line = new ArrayList<>();
        if (asPostgres) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + out);
        }
    }
}
