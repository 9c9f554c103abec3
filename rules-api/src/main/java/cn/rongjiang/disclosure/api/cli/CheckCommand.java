package cn.rongjiang.disclosure.api.cli;

import cn.rongjiang.disclosure.api.rules.RuleFolders;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.cases.CaseResult;
import cn.rongjiang.disclosure.core.cases.FolderCheck;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * {@code check [--rules DIR]}: what policy staff run after editing the rules. Compiles and
 * checks every file, runs every golden case, prints each problem as {@code file:line: message}
 * and each failing case with what differed; exits non-zero on any problem.
 */
public final class CheckCommand extends RulesCommand {

    /** The command writing to standard output and error, as UTF-8. */
    public CheckCommand() {
        this(Output.OUT, Output.ERR);
    }

    /** The command writing to the given streams (for tests and embedding). */
    public CheckCommand(PrintStream out, PrintStream err) {
        super("check", "Check a rule folder: compile every rule file, run every golden case, report each problem as file:line", out, err);
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) {
        Path folder = RuleFolders.resolve(namespace.getString("rules"));
        FolderCheck check = FolderCheck.of(folder);
        for (Problem problem : check.problems()) {
            out.println(problem);
        }
        for (CaseResult failure : check.failures()) {
            out.println(failure.goldenCase().where() + ": case \"" + failure.goldenCase().name() + "\" does not hold:");
            failure.differences().forEach(d -> out.println("    " + d));
        }
        int ruleCount = check.engine() == null ? 0 : check.engine().rules().size();
        if (check.passed()) {
            out.println("ok: " + folder + ": " + ruleCount + " rules, " + check.caseCount()
                    + " golden cases, all hold (rule-set version " + check.engine().ruleSet().version() + ")");
            out.flush();
            return;
        }
        out.println("FAILED: " + folder + ": " + check.problems().size() + " problem(s), "
                + check.failures().size() + " failing case(s) of " + check.caseCount());
        out.flush();
        throw new CommandFailed("the rule folder has problems");
    }

}
