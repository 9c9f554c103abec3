package cn.rongjiang.disclosure.core.model;

/** Whether the confidentiality review (保密审查) was done. */
public enum ConfidentialityReview implements Labelled {
    NOT_DONE("未审查"),
    PASSED("已通过审查");

    private final String label;

    ConfidentialityReview(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
