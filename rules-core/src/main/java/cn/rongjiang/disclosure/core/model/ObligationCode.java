package cn.rongjiang.disclosure.core.model;

/** What the bureau must still do about an item. */
public enum ObligationCode implements Labelled {
    CONFIDENTIALITY_REVIEW("发布前进行保密审查"),
    REFER_SECRECY_AUTHORITY("报请保密行政管理部门确定密级"),
    CHECK_CLASSIFICATION_AUTHORITY("核查定密权限"),
    CONSULT_THIRD_PARTY("书面征求第三方意见"),
    NOTIFY_THIRD_PARTY("书面告知第三方"),
    NOTIFY_DATA_SUBJECT("告知当事人"),
    REVIEW_WHEN_FINAL("定稿后重新审查"),
    PERIODIC_REVIEW("定期评估审查"),
    PUBLISH_INTERPRETATION("同步发布政策解读"),
    PUBLISH_CONSULTATION_RESULT("公布意见采纳情况"),
    NOT_IN_KEY_AREA_COLUMN("不在重点领域栏目发布"),
    REPORT_STAFF_CHANGE("报备政务公开人员变动"),
    WITHDRAW_PUBLICATION("撤回已公开信息"),
    CALENDAR_MISSING("工作日历缺少年份"),
    RESOLVE_MARKING_CONFLICT("更正公开属性标注"),
    STATE_WITHHOLDING_GROUND("载明不予公开的法定理由");

    private final String label;

    ObligationCode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
