package cn.rongjiang.disclosure.core.model;

/** How a redacted part is cut. */
public enum RedactionAction implements Labelled {
    REMOVE("删除"),
    GENERALISE("概括处理"),
    MASK("部分遮蔽");

    private final String label;

    RedactionAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
