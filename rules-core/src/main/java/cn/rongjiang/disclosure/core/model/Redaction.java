package cn.rongjiang.disclosure.core.model;

/** A part to cut out before release (区分处理, Art. 37). */
public record Redaction(RedactionTarget target, RedactionAction action, String ruleId, String legalBasis) {
}
