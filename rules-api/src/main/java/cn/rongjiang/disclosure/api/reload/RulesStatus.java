package cn.rongjiang.disclosure.api.reload;

import java.time.Instant;

/** What {@code GET /v1/rules/status} answers: the serving rule set and the last reload attempt. */
public record RulesStatus(Active active, ReloadAttempt lastAttempt) {

    /** The rule set serving requests. */
    public record Active(String version, Instant loadedAt, int ruleCount) {
    }
}
