package cn.rongjiang.disclosure.bench;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.cases.GoldenCase;
import cn.rongjiang.disclosure.core.cases.GoldenCases;
import cn.rongjiang.disclosure.core.json.ItemJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's rule folder and the fixed item mix of the benchmarks: every valid golden-case item, in file order. */
final class Golden {
    /**
     * Forks run with the agenda queue the service chooses in its main() (rules-api
     * DisclosureApplication.useBinaryHeapAgenda), baselines included, so the figures are the service's.
     */
    static final String AGENDA_QUEUE = "-Dorg.drools.queuetype=binaryheap";

    private Golden() {
    }

    /** {@code rules/} at the project root, found by walking up from the working directory. */
    static Path rulesFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("rules");
            if (Files.isDirectory(candidate.resolve("disclosure"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no rules/disclosure folder above " + Path.of("").toAbsolutePath()
                + ": run the benchmarks from inside the project");
    }

    static DisclosureEngine engine() {
        try {
            return DisclosureEngine.load(rulesFolder());
        } catch (RuleLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Every golden-case item that parses (cases of invalid input are left out), parsed once. */
    static List<ItemJson.Parsed> items() {
        GoldenCases cases = GoldenCases.load(rulesFolder().resolve("cases"), "rules/cases");
        if (!cases.problems().isEmpty()) {
            throw new IllegalStateException("golden cases unreadable: " + cases.problems());
        }
        List<ItemJson.Parsed> items = new ArrayList<>();
        for (GoldenCase c : cases.cases()) {
            ItemJson.Parsed parsed = ItemJson.read(c.item());
            if (parsed.ok()) {
                items.add(parsed);
            }
        }
        if (items.isEmpty()) {
            throw new IllegalStateException("no golden-case items");
        }
        return items;
    }
}
