package cn.rongjiang.disclosure.api;

import cn.rongjiang.disclosure.api.cli.CheckCommand;
import cn.rongjiang.disclosure.api.cli.ClassifyCommand;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;

/** The disclosure service: {@code server}, {@code classify} and {@code check}. */
public class DisclosureApplication extends Application<DisclosureConfiguration> {

    public static void main(String[] args) throws Exception {
        new DisclosureApplication().run(args);
    }

    @Override
    public String getName() {
        return "disclosure-rules";
    }

    /** Dropwizard's own {@code check} validates a configuration file; ours checks rule folders, so it replaces it. */
    @Override
    protected void addDefaultCommands(Bootstrap<DisclosureConfiguration> bootstrap) {
        bootstrap.addCommand(new ServerCommand<>(this));
        bootstrap.addCommand(new ClassifyCommand());
        bootstrap.addCommand(new CheckCommand());
    }

    @Override
    public void run(DisclosureConfiguration configuration, Environment environment) {
        // resources come with the HTTP service issue
    }
}
