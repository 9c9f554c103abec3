package cn.rongjiang.disclosure.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14 §6: the {@code server} command prints a refusal to start as one clear line, no stack trace. */
class ServeCommandTest {

    @Test
    void aRefusalIsOneLineWithoutAStackTrace() {
        String err = serve(Map.of("DISCLOSURE_RULES", CommandRunner.rules().toString(), "DISCLOSURE_BIND", "0.0.0.0"));
        assertThat(err.strip().lines()).as(err).singleElement().asString()
                .startsWith("refusing to start: the API would listen on 0.0.0.0 with no API keys configured");
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMalformedVariableIsOneLineToo() {
        String err = serve(Map.of("DISCLOSURE_RULES", CommandRunner.rules().toString(), "DISCLOSURE_MAX_BODY_BYTES", "lots"));
        assertThat(err.strip().lines()).as(err).singleElement().asString()
                .isEqualTo("refusing to start: DISCLOSURE_MAX_BODY_BYTES must be a whole number from 1024 to 67108864, got \"lots\"");
    }

    /** Runs {@code server test-config.yml} in-process with {@code env}; answers what it printed on standard error. */
    private static String serve(Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DisclosureApplication application = new DisclosureApplication(env);
        Bootstrap<DisclosureConfiguration> bootstrap = new Bootstrap<>(application);
        bootstrap.addCommand(new ServeCommand(application));
        application.initialize(bootstrap);
        Cli cli = new Cli(new JarLocation(ServeCommandTest.class), bootstrap, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Optional<Throwable> failure = cli.run("server", ResourceHelpers.resourceFilePath("test-config.yml"));
        assertThat(failure).as("the start was refused").isPresent();
        return err.toString(StandardCharsets.UTF_8);
    }
}
