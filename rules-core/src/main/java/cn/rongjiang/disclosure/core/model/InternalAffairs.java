package cn.rongjiang.disclosure.core.model;

/** Kind of internal-affairs information; the first six after NONE are the seed's internal list. */
public enum InternalAffairs implements Labelled {
    NONE("非内部事务"),
    FINANCE("财务管理制度及各项收支情况"),
    SPECIAL_ACTIVITY_FUNDS("大型专项活动经费开支"),
    LEADER_INTEGRITY("领导干部廉洁自律情况"),
    INTERNAL_SELECTION("内部选拔干部情况"),
    TEAM_APPRAISAL("队伍建设、年度考核情况"),
    STAFF_CONCERN("干部职工普遍关心的问题"),
    PERSONNEL_FILE("人事管理信息"),
    LOGISTICS("后勤管理信息"),
    WORKFLOW("内部工作流程");

    private final String label;

    InternalAffairs(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
