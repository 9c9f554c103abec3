package cn.rongjiang.disclosure.api.reload;

import java.time.Instant;
import java.util.List;

/**
 * One try to take up the rule folder: when, why, what came of it, the candidate's version (null
 * when it did not even load), every problem as {@code file:line: message}, and every golden case
 * that did not hold with what differed.
 */
public record ReloadAttempt(Instant at, String trigger, Result result, String version,
                            List<String> problems, List<String> failingCases) {

    /** What a reload attempt did. */
    public enum Result {
        /** The folder passed every check and its rules now serve. */
        ACTIVATED,
        /** The folder failed a check; the previous rules keep serving. */
        REJECTED,
        /** The folder passed, but its rules are the ones already serving. */
        UNCHANGED
    }

    public ReloadAttempt {
        problems = List.copyOf(problems);
        failingCases = List.copyOf(failingCases);
    }
}
