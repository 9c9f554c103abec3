package cn.rongjiang.disclosure.core.model;

/** A finding that matched but lost: to a higher tier, a more restrictive class, or a lift. */
public record OverriddenFinding(String ruleId, Disclosure disclosure, String overriddenBy) {
}
