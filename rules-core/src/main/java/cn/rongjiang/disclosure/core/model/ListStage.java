package cn.rongjiang.disclosure.core.model;

/** Stage of an assistance list. */
public enum ListStage implements Labelled {
    PRELIMINARY("初审公示"),
    APPROVED("审批结果"),
    TERMINATION("拟终止");

    private final String label;

    ListStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
