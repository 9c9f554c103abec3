package cn.rongjiang.disclosure.core.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese names of the item's fields (contract §2), as policy staff call them: for the console's
 * form and for the rule check's messages in Chinese.
 */
public final class FieldNames {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        String[][] pairs = {
            {"id", "编号"}, {"title", "标题"}, {"summary", "摘要"}, {"text", "正文"},
            {"markedDisclosure", "公文标注的公开属性"}, {"category", "信息类别"}, {"serviceArea", "业务领域"},
            {"listStage", "名单阶段"}, {"assistanceType", "救助类型"}, {"majorDecision", "重大行政决策"},
            {"owningOffice", "责任股室"}, {"workTask", "工作任务"}, {"formedOn", "形成日期"}, {"approvedOn", "批复日期"},
            {"governmentInformation", "属于政府信息"}, {"secretLevel", "密级"}, {"declassified", "已解密"},
            {"originalClassification", "本单位原始定密"}, {"secrecyUndetermined", "是否涉密待定"},
            {"confidentialityReview", "保密审查"}, {"internalMarking", "标注内部资料或工作秘密"},
            {"prohibitedByLaw", "法律法规禁止公开"}, {"endangersSecurityOrStability", "危及三安全一稳定"},
            {"personalInfo", "含第三方个人信息"}, {"personalInfoFields", "个人信息种类"}, {"involvesMinors", "涉及未成年人"},
            {"tradeSecret", "含商业秘密"}, {"separable", "可以区分处理"}, {"thirdPartyConsent", "第三方意见"},
            {"publicInterestOverride", "不公开会对公共利益造成重大影响"}, {"donorsRefusedPublication", "捐赠人不同意公开"},
            {"internalAffairs", "内部事务种类"}, {"processInfo", "过程性信息"}, {"finalVersion", "已成为正式文件"},
            {"openForConsultation", "公开征求意见"}, {"enforcementCaseFile", "行政执法案卷"},
            {"usedAsAdministrativeBasis", "作为行政管理依据"}, {"lawRequiresDisclosure", "法律法规要求公开"},
            {"affectsPublicInterest", "涉及公众利益调整"}, {"needsBroadAwareness", "需要公众广泛知晓"},
            {"needsPublicParticipation", "需要公众参与决策"}, {"socialImpact", "具有一定社会影响"},
            {"revokedOn", "决定被变更或撤销之日"}, {"creditSeverity", "失信程度"},
            {"statutoryFields", "法定公开的个人信息"}, {"consentFields", "同意公开的个人信息"},
        };
        for (String[] p : pairs) {
            NAMES.put(p[0], p[1]);
        }
    }

    private FieldNames() {
    }

    /** 个人信息种类 for personalInfoFields; the JSON name itself for a field it does not know. */
    public static String of(String field) {
        return NAMES.getOrDefault(field, field);
    }

    /** {@code personalInfoFields（个人信息种类）}; a batch path such as items[3].x keeps its prefix. */
    public static String both(String field) {
        String name = NAMES.get(field);
        return name == null ? field : field + "（" + name + "）";
    }
}
