package cn.rongjiang.disclosure.core.inference;

import java.util.List;
import java.util.stream.Collectors;

/** The keyword table could not be loaded; carries every problem found, not just the first. */
public final class KeywordTableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<KeywordProblem> problems;

    public KeywordTableException(List<KeywordProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order. */
    public List<KeywordProblem> problems() {
        return problems;
    }

    private static String describe(List<KeywordProblem> problems) {
        String lines = problems.stream().map(KeywordProblem::toString).collect(Collectors.joining("\n"));
        return problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in the keyword table:\n" + lines;
    }
}
