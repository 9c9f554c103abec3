package cn.rongjiang.disclosure.core.model;

/** Assistance scheme of a list. */
public enum AssistanceType implements Labelled {
    DIBAO("最低生活保障"),
    TEKUN("特困人员救助供养"),
    TEMPORARY("临时救助");

    private final String label;

    AssistanceType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
