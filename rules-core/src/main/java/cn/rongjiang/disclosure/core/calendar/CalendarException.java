package cn.rongjiang.disclosure.core.calendar;

import java.util.List;

/**
 * Thrown when a calendar file cannot be used; carries every problem found, so that the person
 * editing the file can fix them all in one pass instead of one per attempt.
 */
public final class CalendarException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<CalendarProblem> problems;

    /** Creates the exception from a non-empty list of problems. */
    public CalendarException(List<CalendarProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems found, in file order. */
    public List<CalendarProblem> problems() {
        return problems;
    }

    private static String describe(List<CalendarProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CalendarException needs at least one problem");
        }
        StringBuilder text = new StringBuilder()
                .append("工作日历文件有").append(problems.size()).append("处错误 (calendar file has ")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        for (CalendarProblem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }
}
