package cn.rongjiang.disclosure.api.cli;

import cn.rongjiang.disclosure.api.config.EnvironmentOverrides;
import cn.rongjiang.disclosure.api.impact.Impact;
import cn.rongjiang.disclosure.api.impact.ImpactReport;
import cn.rongjiang.disclosure.api.record.RecordSettings;
import cn.rongjiang.disclosure.api.record.RecordStore;
import cn.rongjiang.disclosure.api.record.RecordedItem;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.json.ContractJson;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code impact --from DIR --to DIR [FILE | - | --recorded [--since DATE]] [--json]}: decides each
 * item with both rule folders and prints what would change: counts by class before → after, by
 * rule id gained or lost, by withholding reason, with the first examples. Items come from a file
 * (a JSON array or JSON lines, as {@code classify} reads them), standard input, or the decision
 * record ({@code --recorded}; its database is configured as the service's, by the
 * {@code DISCLOSURE_RECORD_*} variables, default the H2 file in {@code ./data}).
 */
public final class ImpactCommand extends RulesCommand {
    private static final ObjectMapper JSON = ContractJson.mapper();

    private final Map<String, String> environment;

    /** The command writing to standard output and error, reading the record's settings from the environment. */
    public ImpactCommand() {
        this(Output.OUT, Output.ERR, System.getenv());
    }

    /** The command writing to the given streams (for tests and embedding). */
    public ImpactCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
        super("impact", "Show what a rule change does: decide items with two rule folders and count what changes", out, err);
        this.environment = environment;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--from").dest("from").metavar("DIR").required(true).help("the rule folder in force");
        subparser.addArgument("--to").dest("to").metavar("DIR").required(true).help("the edited rule folder");
        subparser.addArgument("file").metavar("FILE").nargs("?")
                .help("the items: a JSON array or JSON lines, '-' for standard input");
        subparser.addArgument("--recorded").dest("recorded").action(Arguments.storeTrue())
                .help("the items of the decision record (DISCLOSURE_RECORD_URL, …; default the H2 file in ./data)");
        subparser.addArgument("--since").dest("since").metavar("DATE")
                .help("with --recorded: only decisions made on or after this date (2026-12-01) or time");
        subparser.addArgument("--limit").dest("limit").type(Integer.class).setDefault(1_000_000).metavar("N")
                .help("with --recorded: at most the N newest decisions (default 1000000)");
        subparser.addArgument("--examples").dest("examples").type(Integer.class).setDefault(5).metavar("N")
                .help("examples shown per count (default 5)");
        subparser.addArgument("--json").dest("json").action(Arguments.storeTrue()).help("print one JSON object");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        String file = namespace.getString("file");
        boolean recorded = namespace.getBoolean("recorded");
        if ((file == null) == !recorded) {
            err.println("impact: give the items as FILE, '-' or --recorded (one of them)");
            throw new CommandFailed("no items");
        }
        long start = System.nanoTime();
        // the two folders compile side by side: each load is mostly one thread's work
        CompletableFuture<DisclosureEngine> loadingBefore = CompletableFuture.supplyAsync(
                () -> load("--from", namespace.getString("from")));
        DisclosureEngine after = load("--to", namespace.getString("to"));
        DisclosureEngine before = joined(loadingBefore);
        List<JsonNode> items = recorded
                ? recordedItems(namespace.getString("since"), namespace.getInt("limit"))
                : fileItems(file);
        long loaded = System.nanoTime();
        ImpactReport report = new Impact(before, after, Math.max(0, namespace.getInt("examples")))
                .compare(items, Runtime.getRuntime().availableProcessors());
        err.printf(Locale.ROOT, "impact: rules and %d item(s) read in %.1f s, compared in %.1f s%n", items.size(),
                (loaded - start) / 1e9, (System.nanoTime() - loaded) / 1e9);
        if (namespace.getBoolean("json")) {
            out.println(JSON.writeValueAsString(report));
        } else {
            out.print(ImpactTable.render(report));
        }
        out.flush();
    }

    private static DisclosureEngine joined(CompletableFuture<DisclosureEngine> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private DisclosureEngine load(String option, String folder) {
        try {
            if (!Files.isDirectory(Path.of(folder))) {
                err.println(option + " " + folder + ": not a folder");
                throw new CommandFailed("no rule folder");
            }
            return DisclosureEngine.load(Path.of(folder));
        } catch (RuleLoadException e) {
            err.println(option + " " + folder + ": the rules do not load:");
            e.problems().forEach(err::println);
            throw new CommandFailed("the rules did not load");
        }
    }

    private static List<JsonNode> fileItems(String file) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ClassifyCommand.split(ClassifyCommand.read(file), items, errors);
        return items;
    }

    /** The items of the newest recorded decisions; a kept text is only a hash, so they are decided without it. */
    private List<JsonNode> recordedItems(String since, int limit) throws Exception {
        Instant from = since == null ? null : time(since);
        RecordSettings settings = new RecordSettings();
        new EnvironmentOverrides(environment).applyRecord(settings);
        DataSourceFactory database = settings.resolvedDatabase();
        ManagedDataSource source = database.build(new MetricRegistry(), "impact");
        List<JsonNode> items = new ArrayList<>();
        try {
            RecordStore store = new RecordStore(Jdbi.create(source), JSON, database);
            store.items(from, limit, item -> items.add(RecordedItem.decidable(item)));
        } catch (RuntimeException e) {
            err.println("impact: the decision record could not be read (" + e.getClass().getSimpleName() + "); with the "
                    + "default H2 file, stop the service first (one process at a time), or use PostgreSQL");
            throw new CommandFailed("no record");
        } finally {
            source.stop();
        }
        // oldest first, as they were decided
        java.util.Collections.reverse(items);
        return items;
    }

    private Instant time(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            err.println("impact: --since must be a date (2026-12-01) or a time with its offset (2026-12-01T08:00:00+08:00)");
            throw new CommandFailed("bad --since");
        }
    }
}
