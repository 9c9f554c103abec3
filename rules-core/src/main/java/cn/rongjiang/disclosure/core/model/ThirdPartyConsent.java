package cn.rongjiang.disclosure.core.model;

/** The affected third party's answer (Art. 15, 32). */
public enum ThirdPartyConsent implements Labelled {
    NOT_ASKED("未征求意见"),
    GRANTED("同意公开"),
    REFUSED("不同意公开"),
    NO_REPLY("逾期未答复");

    private final String label;

    ThirdPartyConsent(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
