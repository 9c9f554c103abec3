package cn.rongjiang.disclosure.api.cli;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.Command;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * A command of the jar that prints to given streams (UTF-8 standard output and error by
 * default), takes {@code --rules DIR}, and ends with a non-zero status by throwing
 * {@link CommandFailed} after it has said what went wrong, without a stack trace.
 */
abstract class RulesCommand extends Command {
    protected final PrintStream out;
    protected final PrintStream err;

    RulesCommand(String name, String description, PrintStream out, PrintStream err) {
        super(name, description);
        this.out = out;
        this.err = err;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--rules").dest("rules").metavar("DIR")
                .help("the rule folder (default: ./rules when present, else the rules bundled in the jar)");
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        if (!(e instanceof CommandFailed)) {
            err.println(getName() + " failed: " + e.getMessage());
        }
    }
}
