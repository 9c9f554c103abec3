package cn.rongjiang.disclosure.core.cases;

import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The full check of a rule folder, as policy staff run it after an edit and as the service
 * runs it before taking up a change: compile and check every file, run every golden case of
 * {@code cases/}, and require that each rule is pinned by at least one case.
 *
 * @param engine   the loaded engine, or null when the rules did not load
 * @param problems every problem with its file and line (load problems, unreadable cases, unpinned rules)
 * @param failures the cases that do not hold
 * @param caseCount how many cases ran
 */
public record FolderCheck(DisclosureEngine engine, List<Problem> problems, List<CaseResult> failures, int caseCount) {

    /** True when the folder may go live: it loads, every case holds, every rule has a case. */
    public boolean passed() {
        return engine != null && problems.isEmpty() && failures.isEmpty();
    }

    /** Runs the whole check; never throws for a bad folder. */
    public static FolderCheck of(Path folder) {
        DisclosureEngine engine;
        try {
            engine = DisclosureEngine.load(folder);
        } catch (RuleLoadException e) {
            return new FolderCheck(null, e.problems(), List.of(), 0);
        }
        String shownFolder = folder.normalize().toString().replace('\\', '/');
        String shown = shownFolder + "/cases";
        GoldenCases cases = GoldenCases.load(folder.resolve("cases"), shown);
        List<Problem> problems = new ArrayList<>(cases.problems());
        if (cases.cases().isEmpty() && cases.problems().isEmpty()) {
            problems.add(new Problem(shown, 0, "there are no golden cases: every rule needs at least one case that pins it"));
        }
        List<CaseResult> failures = cases.run(engine).stream().filter(r -> !r.holds()).toList();
        for (String ruleId : cases.rulesWithoutCase(engine.rules())) {
            engine.rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().ifPresent(r ->
                    // the catalogue names files from the folder's own name; show them as the user named the folder
                    problems.add(new Problem(shownFolder + r.file().substring(r.file().indexOf('/')), r.line(), "rule " + ruleId
                            + " is not pinned by any golden case: add a case to " + shown
                            + " whose expected ruleIds name it")));
        }
        return new FolderCheck(engine, problems, failures, cases.cases().size());
    }
}
