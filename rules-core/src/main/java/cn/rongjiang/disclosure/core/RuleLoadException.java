package cn.rongjiang.disclosure.core;

import java.util.List;
import java.util.stream.Collectors;

/** A rule folder that cannot be used; it lists every problem found, each with its file and line. */
public final class RuleLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public RuleLoadException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the rule folder:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
