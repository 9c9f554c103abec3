package cn.rongjiang.disclosure.core.model;

/** A finding that decided the class, lifted an exemption on the way, or shaped how it is published. */
public record Reason(String ruleId, Disclosure disclosure, String principle, String legalBasis, String explanation) {
}
