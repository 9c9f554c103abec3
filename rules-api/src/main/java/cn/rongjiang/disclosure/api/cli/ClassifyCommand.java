package cn.rongjiang.disclosure.api.cli;

import cn.rongjiang.disclosure.api.rules.RuleFolders;
import cn.rongjiang.disclosure.core.ClassificationException;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.json.ContractJson;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.core.setup.Bootstrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code classify [--rules DIR] FILE|-}: reads a JSON array or JSON lines of items and writes
 * one line per item, in input order: the decision, or an error naming the item's index, where it
 * was (line or position), its id and field. The other items are still classified; the exit status
 * is non-zero when any failed. Standard error gets each error, a closing summary and, at a
 * terminal, progress.
 */
public final class ClassifyCommand extends RulesCommand {
    private static final ObjectMapper JSON = ContractJson.mapper();

    /** Progress shows while the input is classified; only for a person at a terminal. */
    private final boolean progress;

    /** The command writing to standard output and error, as UTF-8; progress only on a terminal. */
    public ClassifyCommand() {
        this(Output.OUT, Output.ERR, System.console() != null);
    }

    /** The command writing to the given streams, without progress (for tests and embedding). */
    public ClassifyCommand(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    /** The command writing to the given streams, with or without progress on {@code err}. */
    public ClassifyCommand(PrintStream out, PrintStream err, boolean progress) {
        super("classify", "Classify items (a JSON array or JSON lines; '-' reads standard input); one decision per line", out, err);
        this.progress = progress;
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("file").metavar("FILE").help("the items: a JSON array or JSON lines, '-' for standard input");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws IOException {
        long start = System.nanoTime();
        DisclosureEngine engine;
        try {
            engine = DisclosureEngine.load(RuleFolders.resolve(namespace.getString("rules")));
        } catch (RuleLoadException e) {
            e.problems().forEach(err::println);
            throw new CommandFailed("the rules did not load");
        }
        long loaded = System.nanoTime();
        Input input = split(read(namespace.getString("file")));
        Progress shown = new Progress(progress ? err : null, input.entries().size());
        int failed = 0;
        for (int i = 0; i < input.entries().size(); i++) {
            Entry entry = input.entries().get(i);
            Outcome outcome = entry.node() == null
                    ? new Outcome(null, errorObject(i, List.of(new FieldError("$", entry.inputError()))))
                    : classify(engine, i, entry.node());
            String line = outcome.line();
            if (outcome.error() != null) {
                failed++;
                ObjectNode located = locate(outcome.error(), input, entry);
                line = JSON.writeValueAsString(located);
                shown.clear();
                reportError(input, entry, located);
            }
            out.println(line);
            shown.update(i + 1);
        }
        out.flush();
        shown.clear();
        err.printf(Locale.ROOT, "classify: %d item(s), %d decided, %d error(s); %.1f s (rules loaded in %.1f s)%n",
                input.entries().size(), input.entries().size() - failed, failed,
                (System.nanoTime() - start) / 1e9, (loaded - start) / 1e9);
        if (failed > 0) {
            throw new CommandFailed(failed + " of " + input.entries().size() + " item(s) could not be classified");
        }
    }

    /** A decision line, or an error object (the line is written once it says where the item was). */
    private record Outcome(String line, ObjectNode error) {
    }

    private static Outcome classify(DisclosureEngine engine, int index, JsonNode node) throws JsonProcessingException {
        ItemJson.Parsed parsed = ItemJson.read(node);
        if (!parsed.ok()) {
            return new Outcome(null, errorObject(index, parsed.errors()));
        }
        try {
            return new Outcome(JSON.writeValueAsString(engine.classify(parsed.item(), parsed.givenFields())), null);
        } catch (ClassificationException e) {
            ObjectNode error = JSON.createObjectNode();
            error.put("index", index);
            error.put("errorId", UUID.randomUUID().toString());
            error.put("error", "no decision: " + e.getMessage());
            return new Outcome(null, error);
        }
    }

    private static ObjectNode errorObject(int index, List<FieldError> errors) {
        ObjectNode error = JSON.createObjectNode();
        error.put("index", index);
        error.set("errors", JSON.valueToTree(errors));
        return error;
    }

    /**
     * Adds where the item was, for a person to find it: {@code line} (1-based, of the file) for
     * JSON lines, {@code position} (1-based) for a JSON array, and its {@code id} when it has one.
     * {@code index} stays the 0-based count of items, as callers read it.
     */
    private static ObjectNode locate(ObjectNode error, Input input, Entry entry) {
        ObjectNode located = JSON.createObjectNode();
        located.set("index", error.get("index"));
        located.put(input.array() ? "position" : "line", entry.place());
        String id = id(entry.node());
        if (id != null) {
            located.put("id", id);
        }
        error.properties().forEach(f -> {
            if (!f.getKey().equals("index")) {
                located.set(f.getKey(), f.getValue());
            }
        });
        return located;
    }

    private static String id(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    /** One line per problem on stderr: {@code line 12 (id "MZ-1"): field: message}. */
    private void reportError(Input input, Entry entry, ObjectNode error) {
        String where = (input.array() ? "item " : "line ") + entry.place()
                + (input.array() ? " of the array" : "")
                + (id(entry.node()) == null ? "" : " (id \"" + id(entry.node()) + "\")");
        JsonNode errors = error.get("errors");
        if (errors == null) {
            err.println(where + ": " + error.path("error").asText() + " (errorId " + error.path("errorId").asText() + ")");
            return;
        }
        for (JsonNode e : errors) {
            err.println(where + ": " + e.path("field").asText() + ": " + e.path("message").asText());
        }
    }

    /** The items of the input, each with where it was; a null node where the input was not JSON. */
    private record Input(List<Entry> entries, boolean array) {
    }

    /** {@code place}: the 1-based line of the file (JSON lines) or position in the array. */
    private record Entry(JsonNode node, String inputError, int place) {
    }

    /**
     * The items of {@code input} for another command (impact): each item, or null with its
     * error in {@code errors} where the input was not JSON.
     */
    static void split(String input, List<JsonNode> items, List<String> errors) {
        for (Entry entry : split(input).entries()) {
            items.add(entry.node());
            errors.add(entry.inputError());
        }
    }

    /** A JSON array gives its elements; otherwise each non-blank line is one item. */
    private static Input split(String input) {
        List<Entry> entries = new ArrayList<>();
        String trimmed = input.strip();
        if (trimmed.startsWith("[")) {
            try {
                JsonNode array = JSON.readTree(trimmed);
                array.forEach(n -> entries.add(new Entry(n, null, entries.size() + 1)));
            } catch (JsonProcessingException e) {
                entries.add(new Entry(null, "the input is not a valid JSON array: " + e.getOriginalMessage(), 1));
            }
            return new Input(entries, true);
        }
        String[] lines = input.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                entries.add(new Entry(JSON.readTree(lines[i]), null, i + 1));
            } catch (JsonProcessingException e) {
                entries.add(new Entry(null, "not valid JSON: " + e.getOriginalMessage(), i + 1));
            }
        }
        return new Input(entries, false);
    }

    static String read(String file) throws IOException {
        if ("-".equals(file)) {
            try (InputStream in = System.in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}
