package cn.rongjiang.disclosure.core.model;

/** Where a proactive item is published. */
public enum Channel implements Labelled {
    GOVERNMENT_WEBSITE("政府网站"),
    NEW_MEDIA("政务新媒体"),
    SERVICE_CENTER("政务服务中心"),
    READING_ROOM("公共查阅室"),
    VILLAGE_BOARD("村(社区)公示栏"),
    DESIGNATED_MEDIA("指定媒体"),
    CREDIT_PLATFORM("信用信息平台"),
    CHARITY_PLATFORM("慈善信息公开平台");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
