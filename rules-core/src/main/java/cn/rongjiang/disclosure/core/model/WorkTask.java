package cn.rongjiang.disclosure.core.model;

/** Rows of the seed's responsibility table (责任分解表). */
public enum WorkTask implements Labelled {
    T1("持续加强重大政策发布解读"),
    T2("不断改进政策解读方式"),
    T3("切实增强回应社会关切效果"),
    T4("做好政务信息管理工作"),
    T5("加强政务公开平台建设"),
    T6("推进政务公开标准化规范化"),
    T7("加强工作指导"),
    T8("加强队伍建设");

    private final String label;

    WorkTask(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
