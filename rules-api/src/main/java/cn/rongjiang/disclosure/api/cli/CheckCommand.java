package cn.rongjiang.disclosure.api.cli;

import cn.rongjiang.disclosure.api.rules.RuleFolders;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.cases.CaseResult;
import cn.rongjiang.disclosure.core.cases.FolderCheck;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

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
    public void configure(Subparser subparser) {
        subparser.addArgument("--rules").dest("rules").metavar("DIR")
                .help("the rule folder (default: ./rules; check never falls back to the rules bundled in the jar)");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) {
        String option = namespace.getString("rules");
        if ((option == null || option.isBlank()) && !Files.isDirectory(Path.of("rules", "disclosure"))) {
            // Checking the jar's own copy would say "ok" about rules nobody edited: refuse instead.
            err.println("check: 当前目录下没有规则目录 rules/disclosure。请在项目根目录运行，或用 --rules 指定规则目录。"
                    + " (no ./rules/disclosure here: run check in the project folder or pass --rules DIR;"
                    + " the rules bundled in the jar are not checked)");
            err.flush();
            throw new CommandFailed("no rule folder to check");
        }
        Path folder = RuleFolders.resolve(option);
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
