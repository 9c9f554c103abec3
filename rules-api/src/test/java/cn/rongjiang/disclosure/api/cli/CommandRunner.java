package cn.rongjiang.disclosure.api.cli;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Runs the jar's commands in-process, as the command line would, capturing what they print. */
final class CommandRunner {
    record Run(boolean ok, String out, String err) {
    }

    private CommandRunner() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Bootstrap<DisclosureConfiguration> bootstrap = new Bootstrap<>(new DisclosureApplication());
        bootstrap.addCommand(new ClassifyCommand(o, e));
        bootstrap.addCommand(new CheckCommand(o, e));
        Cli cli = new Cli(new JarLocation(CommandRunner.class), bootstrap, o, e);
        Optional<Throwable> failure = cli.run(args);
        return new Run(failure.isEmpty(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The project's rule folder. */
    static Path rules() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("rules/disclosure"))) {
                return dir.resolve("rules");
            }
        }
        throw new IllegalStateException("no rules folder");
    }

    /** A copy of the project's rule folder, to break on purpose. */
    static Path copyOfRules(Path into) throws Exception {
        Path target = into.resolve("rules");
        try (var walk = Files.walk(rules())) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(rules().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }

    static String resource(String name) throws Exception {
        try (InputStream in = CommandRunner.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
