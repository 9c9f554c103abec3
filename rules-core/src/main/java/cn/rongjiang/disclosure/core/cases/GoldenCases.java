package cn.rongjiang.disclosure.core.cases;

import cn.rongjiang.disclosure.core.ClassificationException;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleInfo;
import cn.rongjiang.disclosure.core.json.ContractJson;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.Decision;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the golden cases of a folder ({@code *.json}, each an array of {@code {name, item,
 * expect}}) and runs them through an engine, checking each expectation as
 * {@code ../shared/README.md} defines it. Used by the test suite, the {@code check} command and
 * the service's reload gate alike, so a case means the same everywhere.
 */
public final class GoldenCases {
    private static final ObjectMapper MAPPER = ContractJson.mapper();

    private final List<GoldenCase> cases;
    private final List<Problem> problems;

    private GoldenCases(List<GoldenCase> cases, List<Problem> problems) {
        this.cases = List.copyOf(cases);
        this.problems = List.copyOf(problems);
    }

    /** The cases in the folder; a file that cannot be read becomes a problem, the others still load. */
    public static GoldenCases load(Path folder, String shownFolder) {
        List<GoldenCase> cases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new GoldenCases(cases, problems);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                readFile(file, shownFolder + "/" + file.getFileName(), cases, problems);
            }
        } catch (IOException e) {
            problems.add(new Problem(shownFolder, 0, "cannot be listed: " + e.getMessage()));
        }
        return new GoldenCases(cases, problems);
    }

    public List<GoldenCase> cases() {
        return cases;
    }

    /** Files or cases that could not be read. */
    public List<Problem> problems() {
        return problems;
    }

    /** Runs every case through {@code engine}. */
    public List<CaseResult> run(DisclosureEngine engine) {
        return cases.stream().map(c -> run(engine, c)).toList();
    }

    /** Runs one case; a case whose item is invalid or whose decision fails is a difference, not an exception. */
    public static CaseResult run(DisclosureEngine engine, GoldenCase c) {
        ItemJson.Parsed parsed = ItemJson.read(c.item());
        if (!parsed.ok()) {
            return new CaseResult(c, List.of("the item is invalid: " + parsed.errors().stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "))), Set.of());
        }
        Decision decision;
        try {
            decision = engine.classify(parsed.item(), parsed.givenFields());
        } catch (ClassificationException e) {
            return new CaseResult(c, List.of("no decision: " + e.getMessage()), Set.of());
        }
        JsonNode d = MAPPER.valueToTree(decision);
        return new CaseResult(c, CaseCheck.differences(c.expect(), d), DecisionRuleIds.of(d));
    }

    /** Catalogue rules that no case names in its expected {@code ruleIds}: each needs a case that pins it. */
    public Set<String> rulesWithoutCase(List<RuleInfo> catalogue) {
        Set<String> pinned = new LinkedHashSet<>();
        for (GoldenCase c : cases) {
            c.expect().path("ruleIds").forEach(id -> pinned.add(id.asText()));
        }
        Set<String> missing = new TreeSet<>();
        catalogue.stream().map(RuleInfo::ruleId).filter(id -> !pinned.contains(id)).forEach(missing::add);
        return missing;
    }

    private static void readFile(Path file, String shown, List<GoldenCase> cases, List<Problem> problems) {
        try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(new Problem(shown, 1, "a case file must be a JSON array of {name, item, expect}"));
                return;
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentLocation().getLineNr();
                JsonNode node = MAPPER.readTree(parser);
                List<String> wrong = CaseCheck.shapeProblems(node);
                if (wrong.isEmpty()) {
                    cases.add(new GoldenCase(shown, line, node.get("name").asText(), node.get("item"), node.get("expect")));
                } else {
                    wrong.forEach(w -> problems.add(new Problem(shown, line, "case " + (cases.size() + 1) + ": " + w)));
                }
                index++;
            }
            if (index == 0) {
                problems.add(new Problem(shown, 1, "the case file holds no cases"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.add(new Problem(shown, where == null ? 0 : where.getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot be read: " + e.getMessage()));
        }
    }
}
