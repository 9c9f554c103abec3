package cn.rongjiang.disclosure.api;

import cn.rongjiang.disclosure.api.auth.AdminTaskGuard;
import cn.rongjiang.disclosure.api.auth.ApiKeyNames;
import cn.rongjiang.disclosure.api.auth.ApiKeys;
import cn.rongjiang.disclosure.api.auth.BearerAuthFilter;
import cn.rongjiang.disclosure.api.cli.CheckCommand;
import cn.rongjiang.disclosure.api.cli.ClassifyCommand;
import cn.rongjiang.disclosure.api.cli.ImpactCommand;
import cn.rongjiang.disclosure.api.cli.ServeCommand;
import cn.rongjiang.disclosure.api.cli.VersionBanner;
import cn.rongjiang.disclosure.api.config.BindGuard;
import cn.rongjiang.disclosure.api.console.ConsoleResource;
import cn.rongjiang.disclosure.api.config.CaseSensitiveHeaderCache;
import cn.rongjiang.disclosure.api.config.EnvironmentOverrides;
import cn.rongjiang.disclosure.api.config.HeapBudget;
import cn.rongjiang.disclosure.api.config.PathOnlyRequestLogFactory;
import cn.rongjiang.disclosure.api.config.QuietLibraries;
import cn.rongjiang.disclosure.api.config.SlowClientLimits;
import cn.rongjiang.disclosure.api.config.StartupRefusal;
import cn.rongjiang.disclosure.api.config.Utf8Logs;
import cn.rongjiang.disclosure.api.errors.InvalidInputMapper;
import cn.rongjiang.disclosure.api.errors.JsonErrorHandler;
import cn.rongjiang.disclosure.api.errors.JsonProcessingExceptionMapper;
import cn.rongjiang.disclosure.api.errors.UnexpectedErrorMapper;
import cn.rongjiang.disclosure.api.errors.WebApplicationExceptionMapper;
import cn.rongjiang.disclosure.api.health.CanaryHealthCheck;
import cn.rongjiang.disclosure.api.health.RulesHealthCheck;
import cn.rongjiang.disclosure.api.http.DecisionWriter;
import cn.rongjiang.disclosure.api.http.EncodedBatch;
import cn.rongjiang.disclosure.api.http.JsonBodies;
import cn.rongjiang.disclosure.api.http.RequestGate;
import cn.rongjiang.disclosure.api.record.DecisionRecord;
import cn.rongjiang.disclosure.api.reload.EarlyCheck;
import cn.rongjiang.disclosure.api.reload.ReloadRulesTask;
import cn.rongjiang.disclosure.api.reload.RuleReloader;
import cn.rongjiang.disclosure.api.reload.RuleWatcher;
import cn.rongjiang.disclosure.api.resources.ClassifyResource;
import cn.rongjiang.disclosure.api.resources.DecisionMeters;
import cn.rongjiang.disclosure.api.resources.DecisionsResource;
import cn.rongjiang.disclosure.api.resources.EnumsResource;
import cn.rongjiang.disclosure.api.resources.NoopResource;
import cn.rongjiang.disclosure.api.resources.OpenApiResource;
import cn.rongjiang.disclosure.api.resources.RulesResource;
import cn.rongjiang.disclosure.api.rules.RuleFolders;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ContractJson;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disclosure service ({@code server}) and the {@code classify}, {@code check} and {@code impact} commands.
 * The service is thin: resources validate, call the library and return its records; this class
 * only wires them, the reload gate and the operational parts together.
 */
public class DisclosureApplication extends Application<DisclosureConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(DisclosureApplication.class);

    private final Map<String, String> environmentVariables;

    /** The application reading its overrides from the process environment. */
    public DisclosureApplication() {
        this(System.getenv());
    }

    /** The application reading its overrides from {@code environmentVariables} (for tests). */
    public DisclosureApplication(Map<String, String> environmentVariables) {
        this.environmentVariables = environmentVariables;
    }

    /** The Drools setting that chooses the queue of its agenda (read once, when Drools first needs it). */
    static final String DROOLS_AGENDA_QUEUE = "org.drools.queuetype";

    public static void main(String[] args) throws Exception {
        if (VersionBanner.asked(args)) {
            // Dropwizard's own answer names the build only; ours adds the rule set's version.
            System.out.println(VersionBanner.text());
            return;
        }
        useBinaryHeapAgenda();
        // Every command loads rules; that, and Dropwizard's own start, take about two seconds each
        // in a fresh JVM. The rules go to the second core: the server's start-up check itself when
        // the folder is already known, otherwise a warm-up of the compilers and ICU data.
        String rulesVariable = System.getenv("DISCLOSURE_RULES");
        boolean serverWithKnownFolder = args.length >= 1 && args[0].equals("server")
                && (args.length == 1 || (rulesVariable != null && !rulesVariable.isBlank()));
        if (serverWithKnownFolder) {
            try {
                EarlyCheck.begin(RuleFolders.resolve(rulesVariable == null ? null : rulesVariable.strip()));
            } catch (RuntimeException e) {
                // The server resolves the folder again in run() and reports the problem there.
            }
        } else {
            Thread warmUp = new Thread(DisclosureEngine::warmUp, "rules-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        new DisclosureApplication().run(args);
    }

    /**
     * Drools queues matched rules in a TreeSet by default: one tree entry per rule that matches an
     * item. Its binary heap orders by the same comparator (salience, then load order, then node: a
     * total order), so the rules fire in the same order with about 250 bytes less garbage per item
     * (docs/performance.md; 40 000 random items decided identically). An operator's own
     * {@code -Dorg.drools.queuetype} stands.
     */
    static void useBinaryHeapAgenda() {
        if (System.getProperty(DROOLS_AGENDA_QUEUE) == null) {
            System.setProperty(DROOLS_AGENDA_QUEUE, "binaryheap");
        }
    }

    @Override
    public String getName() {
        return "disclosure-rules";
    }

    /** Dropwizard's own {@code check} validates a configuration file; ours checks rule folders, so it replaces it. */
    @Override
    protected void addDefaultCommands(Bootstrap<DisclosureConfiguration> bootstrap) {
        bootstrap.addCommand(new ServeCommand(this));
        bootstrap.addCommand(new ClassifyCommand());
        bootstrap.addCommand(new CheckCommand());
        bootstrap.addCommand(new ImpactCommand());
    }

    @Override
    public void initialize(Bootstrap<DisclosureConfiguration> bootstrap) {
        ContractJson.configure(bootstrap.getObjectMapper());
    }

    @Override
    public void run(DisclosureConfiguration config, Environment environment) {
        Utf8Logs.apply();
        QuietLibraries.apply();
        try {
            new EnvironmentOverrides(environmentVariables).applyTo(config);
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal("refusing to start: " + e.getMessage());
        }
        DefaultServerFactory server = serverFactory(config);
        ApiKeys keys = new ApiKeys(config.getApiKeyHashes());
        ApiKeyNames keyNames = new ApiKeyNames(config.getApiKeyHashes());
        BindGuard.refusal(server.getApplicationConnectors(), server.getAdminConnectors(), keys.required(),
                config.isAllowPublicAdmin()).ifPresent(reason -> {
                    throw new StartupRefusal(reason);
                });
        HeapBudget.refusal(config.getMaxBodyBytes(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory()).ifPresent(reason -> {
                    throw new StartupRefusal(reason);
                });

        Path folder = RuleFolders.resolve(config.getRules());
        RuleReloader reloader = startRules(folder, config);
        environment.lifecycle().manage(reloader);
        if (config.getReload().isEnabled()) {
            environment.lifecycle().manage(new RuleWatcher(reloader, config.getReload().getDebounce()));
        }
        environment.admin().addTask(new ReloadRulesTask(reloader, environment.getObjectMapper()));
        // only our task is served (not Dropwizard's log-level or gc), and with keys configured only to a key holder
        environment.admin().addFilter("admin-task-guard", new AdminTaskGuard(keys, Set.of(ReloadRulesTask.NAME)))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/tasks", "/tasks/*");
        environment.healthChecks().register("rules", new RulesHealthCheck(reloader));
        environment.healthChecks().register("canary", new CanaryHealthCheck(reloader.live()));

        environment.lifecycle().addServerLifecycleListener(jetty -> jetty.setErrorHandler(new JsonErrorHandler()));
        environment.lifecycle().addEventListener(new CaseSensitiveHeaderCache());
        JerseyEnvironment jersey = environment.jersey();
        jersey.register(new BearerAuthFilter(keys, keyNames));
        jersey.register(new RequestGate(config.getMaxBodyBytes()));
        for (Object mapper : List.of(new InvalidInputMapper(), new WebApplicationExceptionMapper(),
                new JsonProcessingExceptionMapper(), new UnexpectedErrorMapper())) {
            jersey.register(mapper);
        }
        JsonBodies bodies = new JsonBodies(environment.getObjectMapper(), config.getMaxBodyBytes());
        DecisionWriter decisions = new DecisionWriter(environment.getObjectMapper());
        jersey.register(decisions);
        jersey.register(new EncodedBatch.Writer());
        DecisionRecord record = DecisionRecord.open(config.getRecord(), environment);
        jersey.register(new ClassifyResource(reloader.live(), bodies, config.getBatchLimit(),
                new DecisionMeters(environment.metrics()), decisions, record.log()));
        jersey.register(new DecisionsResource(record));
        jersey.register(new RulesResource(reloader));
        jersey.register(new EnumsResource());
        jersey.register(new OpenApiResource());
        // the console for policy staff (/, /try, /status, /rules.csv): Jersey too, so behind the same key filter
        jersey.register(new ConsoleResource(reloader));
        if (config.isBenchmarkEndpoints()) {
            LOG.warn("benchmarkEndpoints is on: POST /v1/noop is served (a load-test baseline; keep it off in production)");
            jersey.register(new NoopResource(bodies));
        }
        if ("true".equalsIgnoreCase(environmentVariables.get("DISCLOSURE_EXIT_WHEN_STARTED"))) {
            exitWhenStarted(environment);
        }
    }

    /** The rules checked for the start; a folder that fails, or a check that fails, is a refusal to start. */
    private static RuleReloader startRules(Path folder, DisclosureConfiguration config) {
        try {
            return RuleReloader.start(folder, EarlyCheck.take(folder), config.getReload().getCheckTimeout().toJavaDuration());
        } catch (IllegalStateException e) {
            throw new StartupRefusal("refusing to start: " + e.getMessage());
        } catch (Throwable e) {
            LOG.error("the check of the rule folder {} failed", folder, e);
            throw new StartupRefusal("refusing to start: the check of the rule folder " + folder + " failed: " + e);
        }
    }

    /**
     * A class-data training start ({@code rules-api/bin/serve}): start completely, run the health
     * checks once (they classify the canary item), then leave, so that the JVM writes every class
     * a start needs into the archive later starts map in.
     */
    private static void exitWhenStarted(Environment environment) {
        environment.lifecycle().addServerLifecycleListener(server -> {
            environment.healthChecks().runHealthChecks();
            LOG.info("started; exiting as DISCLOSURE_EXIT_WHEN_STARTED asks (a class-data training start)");
            Thread exit = new Thread(() -> System.exit(0), "exit-when-started");
            exit.start();
        });
    }

    /**
     * The server factory with the settings the contract depends on forced, whatever a YAML file
     * said: our JSON error mappers instead of Dropwizard's, no query strings in the request log, and
     * a minimum data rate on every connector.
     */
    private static DefaultServerFactory serverFactory(DisclosureConfiguration config) {
        if (!(config.getServerFactory() instanceof DefaultServerFactory server)) {
            throw new StartupRefusal("refusing to start: only the default server type (separate application and admin ports) is supported");
        }
        server.setRegisterDefaultExceptionMappers(false);
        SlowClientLimits.requireMinimumRates(server);
        if (server.getRequestLogFactory() instanceof LogbackAccessRequestLogFactory) {
            // a YAML `server:` section without `requestLog` brings Dropwizard's default back; ours keeps item data out
            server.setRequestLogFactory(new PathOnlyRequestLogFactory());
        }
        return server;
    }
}
