package cn.rongjiang.disclosure.core.model;

/** What an item is (contract §2.1). */
public enum Category implements Labelled {
    NORMATIVE_DOCUMENT("规范性文件"),
    ORG_INFO("机构职能、地址、联系方式、负责人"),
    PLAN("规划、年度计划、重大决策"),
    STATISTICS("国民经济和社会发展统计信息"),
    SERVICE_GUIDE("办事指南"),
    LICENSING_RESULT("行政许可、登记、备案结果"),
    PENALTY_DECISION("行政处罚、行政强制决定"),
    BUDGET_FINAL_ACCOUNTS("部门预算、决算、“三公”经费"),
    FEE_STANDARD("行政事业性收费项目、依据、标准"),
    PROCUREMENT("政府采购目录、标准、中标成交公告、合同"),
    MAJOR_PROJECT("重大建设项目批准和实施"),
    SOCIAL_POLICY("社会保障等政策、措施及实施情况"),
    EMERGENCY("应急预案、预警、应对情况"),
    INSPECTION_RESULTS("监督检查情况"),
    RECRUITMENT("公务员招考、公开招聘、公开选拔"),
    ENFORCEMENT_PUBLICITY("行政执法公示：执法主体、人员、事项清单、依据、程序、救济渠道"),
    FOUNDLING_NOTICE("查找弃婴、儿童生父母的公告"),
    PERSONAL_REGISTRATION_FILE("个人的婚姻登记档案、收养登记档案"),
    CONDUCT("岗位职责、服务承诺、工作纪律、投诉途径、责任追究"),
    ASSISTANCE_LIST("低保、特困、临时救助对象名单"),
    CHARITY("慈善组织登记、公开募捐资格名单、慈善信息"),
    OGI_META("政府信息公开指南、目录、年度报告"),
    RESPONSE_TO_CONCERN("回应社会关切、澄清"),
    POLICY_INTERPRETATION("政策解读、明白卡"),
    PARTICIPATION_LIST("公众参与行政决策事项清单"),
    WORK_NEWS("会议、调研等工作动态"),
    PLACE_NAME_DECISION("地名命名、更名公告"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
