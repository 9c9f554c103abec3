package cn.rongjiang.disclosure.core;

/**
 * One rule of the loaded catalogue, as policy staff wrote it: its stable id, its name (a
 * sentence), principle, legal basis, the explanation template (with its {placeholders}), the tier
 * of contract §4 it decides at (null for rules that do not decide the class), and where it stands.
 */
public record RuleInfo(String ruleId, String name, String principle, String legalBasis, String explanation,
                       Integer tier, String file, int line) {
}
