package cn.rongjiang.disclosure.api.reload;

import java.time.Instant;

/**
 * What {@code GET /v1/rules/status} answers: the serving rule set, the last reload attempt, the
 * reload running now (null when none: a status that does not change while a check runs is not
 * stale), and how many checks that overran their time limit are still running, abandoned.
 */
public record RulesStatus(Active active, ReloadAttempt lastAttempt, Reloading reloading, int abandonedChecks) {

    /** The rule set serving requests. */
    public record Active(String version, Instant loadedAt, int ruleCount) {
    }

    /** A reload in progress: since when, and why. */
    public record Reloading(Instant since, String trigger) {
    }
}
