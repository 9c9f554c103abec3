package cn.rongjiang.disclosure.api.cli;

import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import cn.rongjiang.disclosure.api.config.StartupRefusal;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * Dropwizard's {@code server} command, printing a {@link StartupRefusal} as its message alone: a
 * configuration the service refuses (a public address without keys, a body limit the heap cannot
 * hold, rules that fail their check) is the operator's to fix, and a stack trace buries the reason.
 * Anything else is a fault and keeps its stack trace.
 */
public final class ServeCommand extends ServerCommand<DisclosureConfiguration> {
    public ServeCommand(Application<DisclosureConfiguration> application) {
        super(application);
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StartupRefusal refusal) {
                cli.getStdErr().println(refusal.getMessage());
                cli.getStdErr().flush();
                return;
            }
        }
        super.onError(cli, namespace, e);
    }
}
