package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Real-looking county civil-affairs titles against the shipped table: the table is what is tested. */
class ShippedTableTitlesTest {

    private static final CategoryInferrer INFERRER = new CategoryInferrer(ShippedTable.load());

    @Test
    void shippedTableLoadsWithoutProblems() {
        assertThatCode(() -> KeywordTable.load(ShippedTable.path())).doesNotThrowAnyException();
        assertThat(ShippedTable.load().size()).isBetween(120, 400);
    }

    @Test
    void shippedTableCoversEveryCategoryButOther() {
        var used = ShippedTable.load().rules().stream().map(KeywordRule::category).toList();
        for (Category c : Category.values()) {
            if (c != Category.OTHER) {
                assertThat(used).as("a keyword for %s", c).contains(c);
            }
        }
    }

    /** title | expected category | expected sets (field=value;… in order), empty for none. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the brief's own examples
            "养老机构备案办事指南 | SERVICE_GUIDE | -",
            "2022年榕江县养老服务设施建设项目中标公告 | PROCUREMENT | -",
            "关于调整城乡低保标准的通知(征求意见稿) | SOCIAL_POLICY | -",
            "2022年9月城乡低保对象名单 | ASSISTANCE_LIST | assistanceType=DIBAO;listStage=APPROVED",
            "特困人员拟终止救助供养名单公示 | ASSISTANCE_LIST | assistanceType=TEKUN;listStage=TERMINATION",
            "XX镇2022年10月低保初审对象公示 | ASSISTANCE_LIST | assistanceType=DIBAO;listStage=PRELIMINARY",
            // misleading titles: the wrapper decides, not the topic
            "关于印发《榕江县困难群众救助补助资金管理办法》的通知 | NORMATIVE_DOCUMENT | -",
            "《关于调整城乡低保标准的通知》政策解读 | POLICY_INTERPRETATION | -",
            "《榕江县最低生活保障审核确认实施细则》解读 | POLICY_INTERPRETATION | -",
            "关于《榕江县特困人员救助供养管理办法》的解读 | POLICY_INTERPRETATION | -",
            "2022年部门预算公开说明 | BUDGET_FINAL_ACCOUNTS | -",
            "2022年第三季度城乡低保资金发放情况 | SOCIAL_POLICY | -",
            "2022年9月城乡低保资金发放花名册 | ASSISTANCE_LIST | assistanceType=DIBAO;listStage=APPROVED",
            "关于网传殡仪馆收费标准上涨的澄清 | RESPONSE_TO_CONCERN | -",
            "榕江县民政局召开2023年部门预算编制工作会议 | WORK_NEWS | -",
            "2022年榕江县民政局公开招聘拟聘用人员名单公示 | RECRUITMENT | -",
            "关于印发《2022年政务公开工作要点》的通知 | PLAN | -",
            "榕江县养老服务设施建设项目采购合同 | PROCUREMENT | -",
            "关于准予榕江县老年协会成立登记的公告 | LICENSING_RESULT | -",
            "关于认定榕江县慈善会为慈善组织的公告 | CHARITY | -",
            "低保边缘家庭临时救助名单 | ASSISTANCE_LIST | assistanceType=TEMPORARY;listStage=APPROVED",
            // everyday titles
            "惠企利民政策明白卡(民政篇) | POLICY_INTERPRETATION | -",
            "一图读懂《社会救助暂行办法》 | POLICY_INTERPRETATION | -",
            "局机构职能和联系方式 | ORG_INFO | -",
            "榕江县民政局领导分工 | ORG_INFO | -",
            "榕江县“十四五”民政事业发展规划 | PLAN | -",
            "榕江县民政局2023年度工作计划 | PLAN | -",
            "2022年民政事业发展统计公报 | STATISTICS | -",
            "2022年第三季度民政统计数据 | STATISTICS | -",
            "婚姻登记服务指南 | SERVICE_GUIDE | -",
            "社会组织成立登记公告 | LICENSING_RESULT | -",
            "2022年养老机构备案情况 | LICENSING_RESULT | -",
            "对某社会团体作出的行政处罚决定 | PENALTY_DECISION | -",
            "榕民罚决字〔2022〕3号行政处罚决定书 | PENALTY_DECISION | -",
            "2021年度部门决算及“三公”经费决算 | BUDGET_FINAL_ACCOUNTS | -",
            "榕江县殡仪馆基本殡葬服务收费标准 | FEE_STANDARD | -",
            "2022年政府采购意向公开 | PROCUREMENT | -",
            "榕江县敬老院改扩建项目成交结果公告 | PROCUREMENT | -",
            "榕江县殡仪馆建设项目批复 | MAJOR_PROJECT | -",
            "2022年高龄津贴发放情况 | SOCIAL_POLICY | -",
            "榕江县民政局自然灾害救助应急预案 | EMERGENCY | -",
            "2022年养老机构双随机抽查结果 | INSPECTION_RESULTS | -",
            "2021年度社会组织年检结果公告 | INSPECTION_RESULTS | -",
            "社会救助投诉举报电话 | CONDUCT | -",
            "榕江县民政局服务承诺 | CONDUCT | -",
            "特困人员名单(2022年10月) | ASSISTANCE_LIST | assistanceType=TEKUN;listStage=APPROVED",
            "2022年第三季度临时救助对象名单 | ASSISTANCE_LIST | assistanceType=TEMPORARY;listStage=APPROVED",
            "关于停发XX等3户低保金的公示 | ASSISTANCE_LIST | assistanceType=DIBAO;listStage=TERMINATION",
            "特困供养人员初审名单公示 | ASSISTANCE_LIST | assistanceType=TEKUN;listStage=PRELIMINARY",
            "关于公开征求《榕江县养老服务补贴管理办法(征求意见稿)》意见的公告 | NORMATIVE_DOCUMENT | -",
            "榕江县社区养老服务设施布局规划(讨论稿) | PLAN | -",
            "榕江县慈善会公开募捐活动备案 | CHARITY | -",
            "关于榕江县部分道路命名的公告 | PLACE_NAME_DECISION | -",
            "关于XX村更名的公告 | PLACE_NAME_DECISION | -",
            "榕江县民政局2022年政府信息公开工作年度报告 | OGI_META | -",
            "榕江县民政局政府信息公开指南 | OGI_META | -",
            "榕江县民政局2023年公众参与重大行政决策事项清单 | PARTICIPATION_LIST | -",
            "关于群众反映低保评定不公问题的回应 | RESPONSE_TO_CONCERN | -",
                        "岗位职责 | CONDUCT | -",
            // 繁體, full-width, stray spaces, catalogue codes
            "關於調整城鄉低保標準的通知（徵求意見稿） | SOCIAL_POLICY | -",
            "２０２２年９月城鄉低保對象名單 | ASSISTANCE_LIST | assistanceType=DIBAO;listStage=APPROVED",
            "特困人員擬終止救助供養名單公示 | ASSISTANCE_LIST | assistanceType=TEKUN;listStage=TERMINATION",
            "養老機構備案辦事指南 | SERVICE_GUIDE | -",
            "【索引号：001-2022-0017】 2022 年 部门 预算 公开 说明 | BUDGET_FINAL_ACCOUNTS | -",
            "索引號:11522632MB1234567X/2022-00017 養老服務設施建設項目中標公告 | PROCUREMENT | -",
            "榕民发［2022］12号 关于印发《榕江县社会救助家庭经济状况核对办法》的通知 | NORMATIVE_DOCUMENT | -",
            "2022年政府資訊公開工作年度報告 | OGI_META | -",
            "關於網傳殯儀館收費標準上漲的澄清 | RESPONSE_TO_CONCERN | -",
            "行 政 处 罚 决 定 书 | PENALTY_DECISION | -",
            "《關於調整城鄉低保標準的通知》政策解讀 | POLICY_INTERPRETATION | -",
            "榕江縣民政局送審稿:社會救助實施辦法 | NORMATIVE_DOCUMENT | -",
            // the standard catalogues' own phrases (基层政务公开标准目录, 主动公开事项目录)
            "社会救助政策法规文件 | NORMATIVE_DOCUMENT | -",
            "最低生活保障政策法规文件 | NORMATIVE_DOCUMENT | -",
            "榕江县民政局领导简介 | ORG_INFO | -",
            "XX镇2023年3月最低生活保障初审对象名单 | ASSISTANCE_LIST | assistanceType=DIBAO;listStage=PRELIMINARY",
            "2023年1月城乡低保金发放明细 | ASSISTANCE_LIST | assistanceType=DIBAO;listStage=APPROVED",
            "2023年榕江县养老机构等级评定结果 | INSPECTION_RESULTS | -",
            "图解：榕江县最低生活保障政策 | POLICY_INTERPRETATION | -",
            "一图读懂2023年榕江县民政工作要点 | POLICY_INTERPRETATION | -",
            "社会救助信访通讯地址 | CONDUCT | -",
            "社会救助领域基层政务公开标准目录 | OGI_META | -",
            "榕江县民政局主动公开事项目录 | OGI_META | -",
            "关于印发《榕江县社会救助家庭经济状况核对办法》的通知 | NORMATIVE_DOCUMENT | -",
            "特困供养人员名单(2023年2月) | ASSISTANCE_LIST | assistanceType=TEKUN;listStage=APPROVED",
    })
    void infersCategoryAndFieldsFromRealTitles(String title, Category expected, String sets) {
        var inference = INFERRER.infer(title, null);
        assertThat(inference).as("inference for %s", title).isPresent();
        assertThat(inference.get().category()).as("category of %s (keyword %s)", title, inference.get().keyword())
                .isEqualTo(expected);
        assertThat(inference.get().matchedIn()).isEqualTo("title");
        assertThat(inference.get().sets()).containsExactlyEntriesOf(parse(sets));
    }

    @Test
    void reportsTheKeywordAsWrittenInTheTable() {
        var inference = INFERRER.infer("關於調整低保標準的政策解讀", null).orElseThrow();
        assertThat(inference.keyword()).isEqualTo("政策解读");
    }

    @Test
    void titleWithoutAnyKeywordFallsBackToSummary() {
        var inference = INFERRER.infer("榕江县民政局公告(2022年第5号)", "现将2022年10月城乡低保对象名单予以公布").orElseThrow();
        assertThat(inference.category()).isEqualTo(Category.ASSISTANCE_LIST);
        assertThat(inference.matchedIn()).isEqualTo("summary");
        assertThat(inference.sets()).containsExactlyEntriesOf(parse("assistanceType=DIBAO;listStage=APPROVED"));
    }

    @Test
    void schemeAndStageAreNotSetOutsideAssistanceLists() {
        var inference = INFERRER.infer("关于特困人员终止供养问题的管理办法", null).orElseThrow();
        assertThat(inference.category()).isEqualTo(Category.NORMATIVE_DOCUMENT);
        assertThat(inference.sets()).isEmpty();
    }

    /** Generic words and topics pick nothing: contract §4 gives such an item no category. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "县民政局深入乡镇调研养老服务工作",
            "关于做好特困人员终止供养工作的通知",
            "关于开展2023年度社会组织工作的通知",
            "县民政局局长办公会议纪要",
            "关于调整部分社区居委会负责人人选的请示",
            "2023年孤儿基本生活费发放花名册",
            "2023年1月高龄津贴发放花名册",
            "县敬老院供养老人花名册",
            "花名册",
            "关于张某某申请临时救助有关情况的说明",
            "2022年民政工作报告",
            "关于婚姻登记工作的规定",
    })
    void genericWordsAndBareListsPickNoCategory(String title) {
        assertThat(INFERRER.infer(title, null).map(Inference::category)).as(title).isEmpty();
    }

    private static Map<String, String> parse(String sets) {
        Map<String, String> m = new LinkedHashMap<>();
        if (sets != null) {
            for (String kv : sets.split(";")) {
                String[] p = kv.split("=", 2);
                m.put(p[0].strip(), p[1].strip());
            }
        }
        return m;
    }
}
