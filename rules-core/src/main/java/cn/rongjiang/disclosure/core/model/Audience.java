package cn.rongjiang.disclosure.core.model;

/** To whom an item is disclosed. */
public enum Audience implements Labelled {
    PUBLIC("全社会"),
    LOCAL_COMMUNITY("所在村(社区)"),
    APPLICANT("申请人"),
    STAFF("本单位干部职工"),
    NONE("不公开");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
