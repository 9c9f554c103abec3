package cn.rongjiang.disclosure.core.model;

/** Where the decision's category came from. */
public enum CategorySource implements Labelled {
    GIVEN("调用方提供"),
    INFERRED("由标题推断"),
    NONE("无");

    private final String label;

    CategorySource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
