package cn.rongjiang.disclosure.core.model;

import java.time.Instant;

/** Which rule set made a decision: a hash of its rule files, and when it was loaded. */
public record RuleSetInfo(String version, Instant loadedAt) {
}
