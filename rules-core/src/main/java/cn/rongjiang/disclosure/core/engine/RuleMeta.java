package cn.rongjiang.disclosure.core.engine;

/**
 * A rule's metadata as written in its file: the stable id, the legal basis, the principle, the
 * explanation template, and where the rule stands (file relative to the rule folder, line).
 */
public record RuleMeta(
        String ruleId,
        String name,
        String principle,
        String legalBasis,
        String explanation,
        String file,
        int line) {
}
