package cn.rongjiang.disclosure.core.model;

/** Something the bureau must still do about the item, in a plain Chinese sentence. */
public record Obligation(ObligationCode code, String ruleId, String text) {
}
