package cn.rongjiang.disclosure.core.model;

/** The severity of a penalty that sets how long its credit publicity lasts (信用修复管理办法, from 2026-04-01). */
public enum CreditSeverity implements Labelled {
    MINOR("轻微"),
    ORDINARY("一般"),
    SERIOUS("严重");

    private final String label;

    CreditSeverity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
