package cn.rongjiang.disclosure.core.model;

/** The four disclosure classes (contract §1), least restrictive first: the declaration order is the restrictiveness order. */
public enum Disclosure implements Labelled {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    INTERNAL_ONLY("内部公开"),
    WITHHELD("不予公开");

    private final String label;

    Disclosure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
