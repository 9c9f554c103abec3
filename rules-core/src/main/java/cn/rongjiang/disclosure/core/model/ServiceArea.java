package cn.rongjiang.disclosure.core.model;

/** The bureau's business field (contract §2.2). */
public enum ServiceArea implements Labelled {
    SOCIAL_ASSISTANCE("社会救助"),
    ELDERLY_CARE("养老服务"),
    SOCIAL_ORGANIZATIONS("社会组织"),
    MARRIAGE("婚姻登记"),
    FUNERAL("殡葬"),
    CHARITY("慈善"),
    PLACE_NAMES("区划地名"),
    CHILD_WELFARE("儿童福利"),
    GENERAL("综合");

    private final String label;

    ServiceArea(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
