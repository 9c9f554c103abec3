package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data training start of {@code rules-api/bin/serve}: with DISCLOSURE_EXIT_WHEN_STARTED the
 * server starts completely (rules checked, ports open, health checks run) and then exits by itself.
 */
class TrainingStartTest {

    @Test
    void startsCompletelyThenExitsCleanly(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder start = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DisclosureApplication.class.getName(), "server")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        start.environment().putAll(Map.of(
                "DISCLOSURE_EXIT_WHEN_STARTED", "true",
                "DISCLOSURE_PORT", "0", "DISCLOSURE_ADMIN_PORT", "0",
                "DISCLOSURE_BIND", "127.0.0.1", "DISCLOSURE_ADMIN_BIND", "127.0.0.1",
                "DISCLOSURE_RELOAD", "false",
                "DISCLOSURE_RULES", TestRules.folder().toString()));
        Process server = start.start();

        boolean exited = server.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            server.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(exited).as("exited by itself; output:%n%s", output).isTrue();
        assertThat(server.exitValue()).as(output).isZero();
        assertThat(output).contains("golden cases hold").contains("Started").contains("exiting as DISCLOSURE_EXIT_WHEN_STARTED asks");
    }
}
