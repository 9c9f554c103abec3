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
import java.util.UUID;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code classify [--rules DIR] FILE|-}: reads a JSON array or JSON lines of items and writes
 * one line per item, in input order: the decision, or an error naming the item's index and
 * field. The other items are still classified; the exit status is non-zero when any failed.
 */
public final class ClassifyCommand extends RulesCommand {
    private static final ObjectMapper JSON = ContractJson.mapper();

    /** The command writing to standard output and error, as UTF-8. */
    public ClassifyCommand() {
        this(Output.OUT, Output.ERR);
    }

    /** The command writing to the given streams (for tests and embedding). */
    public ClassifyCommand(PrintStream out, PrintStream err) {
        super("classify", "Classify items (a JSON array or JSON lines; '-' reads standard input); one decision per line", out, err);
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("file").metavar("FILE").help("the items: a JSON array or JSON lines, '-' for standard input");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws IOException {
        DisclosureEngine engine;
        try {
            engine = DisclosureEngine.load(RuleFolders.resolve(namespace.getString("rules")));
        } catch (RuleLoadException e) {
            e.problems().forEach(err::println);
            throw new CommandFailed("the rules did not load");
        }
        String input = read(namespace.getString("file"));
        int failed = 0;
        List<JsonNode> items = new ArrayList<>();
        List<String> inputErrors = new ArrayList<>();
        split(input, items, inputErrors);
        for (int i = 0; i < items.size(); i++) {
            String line = items.get(i) == null
                    ? errorLine(i, List.of(new FieldError("$", inputErrors.get(i))))
                    : classify(engine, i, items.get(i));
            if (!line.startsWith("{\"decisionId\"")) {
                failed++;
            }
            out.println(line);
        }
        out.flush();
        if (failed > 0) {
            err.println(failed + " of " + items.size() + " item(s) could not be classified");
            throw new CommandFailed("some items could not be classified");
        }
    }

    private static String classify(DisclosureEngine engine, int index, JsonNode node) throws JsonProcessingException {
        ItemJson.Parsed parsed = ItemJson.read(node);
        if (!parsed.ok()) {
            return errorLine(index, parsed.errors());
        }
        try {
            return JSON.writeValueAsString(engine.classify(parsed.item(), parsed.givenFields()));
        } catch (ClassificationException e) {
            ObjectNode error = JSON.createObjectNode();
            error.put("index", index);
            error.put("errorId", UUID.randomUUID().toString());
            error.put("error", "no decision: " + e.getMessage());
            return JSON.writeValueAsString(error);
        }
    }

    private static String errorLine(int index, List<FieldError> errors) throws JsonProcessingException {
        ObjectNode error = JSON.createObjectNode();
        error.put("index", index);
        error.set("errors", JSON.valueToTree(errors));
        return JSON.writeValueAsString(error);
    }

    /** A JSON array gives its elements; otherwise each non-blank line is one item (null where it is not JSON). */
    static void split(String input, List<JsonNode> items, List<String> errors) {
        String trimmed = input.strip();
        if (trimmed.startsWith("[")) {
            try {
                JsonNode array = JSON.readTree(trimmed);
                array.forEach(n -> {
                    items.add(n);
                    errors.add(null);
                });
            } catch (JsonProcessingException e) {
                items.add(null);
                errors.add("the input is not a valid JSON array: " + e.getOriginalMessage());
            }
            return;
        }
        for (String line : trimmed.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(JSON.readTree(line));
                errors.add(null);
            } catch (JsonProcessingException e) {
                items.add(null);
                errors.add("not valid JSON: " + e.getOriginalMessage());
            }
        }
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
