package cn.rongjiang.disclosure.core.model;

/** State-secret marking. */
public enum SecretLevel implements Labelled {
    NONE("非密"),
    SECRET("秘密"),
    CONFIDENTIAL("机密"),
    TOP_SECRET("绝密");

    private final String label;

    SecretLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
