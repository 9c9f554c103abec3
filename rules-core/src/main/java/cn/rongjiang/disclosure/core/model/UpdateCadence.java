package cn.rongjiang.disclosure.core.model;

/** How often an item is updated (seed table). */
public enum UpdateCadence implements Labelled {
    ANNUAL("一年一更新"),
    MONTHLY("每月更新"),
    CONTINUOUS("持续推进");

    private final String label;

    UpdateCadence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
