package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The inference rules with small hand-made tables, so each rule is seen on its own. */
class CategoryInferrerTest {

    private static CategoryInferrer inferrer(String... rows) throws RuleLoadException {
        List<String> lines = new ArrayList<>();
        lines.add("keyword,category,sets,onlyFor,note");
        lines.addAll(List.of(rows));
        return new CategoryInferrer(KeywordTable.parse("test.csv", lines));
    }

    @Test
    void longestKeywordWins() throws Exception {
        var inferrer = inferrer("标准,SOCIAL_POLICY,,,", "通知》,NORMATIVE_DOCUMENT,,,", "政策解读,POLICY_INTERPRETATION,,,");
        var inference = inferrer.infer("《关于调整低保标准的通知》政策解读", null).orElseThrow();
        assertThat(inference.category()).isEqualTo(Category.POLICY_INTERPRETATION);
        assertThat(inference.keyword()).isEqualTo("政策解读");
    }

    @Test
    void equalLengthGoesToTheEarlierRow() throws Exception {
        var title = "2022年榕江县养老服务设施建设项目中标公告";
        assertThat(inferrer("中标公告,PROCUREMENT,,,", "建设项目,MAJOR_PROJECT,,,").infer(title, null))
                .get().extracting(Inference::category).isEqualTo(Category.PROCUREMENT);
        assertThat(inferrer("建设项目,MAJOR_PROJECT,,,", "中标公告,PROCUREMENT,,,").infer(title, null))
                .get().extracting(Inference::category).isEqualTo(Category.MAJOR_PROJECT);
    }

    @Test
    void summaryIsUsedOnlyWhenTheTitleMatchesNoCategoryKeyword() throws Exception {
        var inferrer = inferrer("办事指南,SERVICE_GUIDE,,,", "低保对象名单,ASSISTANCE_LIST,,,",
                "低保,,assistanceType=DIBAO,ASSISTANCE_LIST,");
        var fromTitle = inferrer.infer("养老机构备案办事指南", "附:低保对象名单").orElseThrow();
        assertThat(fromTitle.category()).isEqualTo(Category.SERVICE_GUIDE);
        assertThat(fromTitle.matchedIn()).isEqualTo("title");

        var fromSummary = inferrer.infer("公告", "附:低保对象名单").orElseThrow();
        assertThat(fromSummary.category()).isEqualTo(Category.ASSISTANCE_LIST);
        assertThat(fromSummary.matchedIn()).isEqualTo("summary");
    }

    @Test
    void markerOnlyMatchGivesNoCategoryButKeepsTheDraftFlags() throws Exception {
        var inferrer = inferrer("征求意见稿,,openForConsultation=true;processInfo=true,,", "低保名单,ASSISTANCE_LIST,,,",
                "低保,,assistanceType=DIBAO,ASSISTANCE_LIST,");
        Inference inference = inferrer.infer("某某(征求意见稿)低保", null).orElseThrow();
        assertThat(inference.category()).isNull();
        assertThat(inference.keyword()).isNull();
        // a draft marker must not be lost (that could release a draft); list-only markers do not apply
        assertThat(inference.sets()).containsOnlyKeys("openForConsultation", "processInfo");
    }

    @Test
    void noMatchAnywhereIsEmpty() throws Exception {
        var inferrer = inferrer("办事指南,SERVICE_GUIDE,,,");
        assertThat(inferrer.infer("榕江县民政局公告", "内容略")).isEmpty();
        assertThat(inferrer.infer(null, null)).isEmpty();
        assertThat(inferrer.infer("", "")).isEmpty();
    }

    @Test
    void draftMarkersApplyWhateverTheCategoryInTableOrder() throws Exception {
        var inferrer = inferrer("低保标准,SOCIAL_POLICY,,,",
                "征求意见稿,,openForConsultation=true;processInfo=true,,", "讨论稿,,processInfo=true,,");
        assertThat(inferrer.infer("关于调整城乡低保标准的通知(征求意见稿)", null).orElseThrow().sets())
                .containsExactly(entry("openForConsultation", "true"), entry("processInfo", "true"));
        assertThat(inferrer.infer("关于调整城乡低保标准的通知(讨论稿)", null).orElseThrow().sets())
                .containsExactly(entry("processInfo", "true"));
    }

    @Test
    void onlyForRowsApplyOnlyToTheirCategory() throws Exception {
        var inferrer = inferrer("低保对象名单,ASSISTANCE_LIST,,,", "发放情况,SOCIAL_POLICY,,,",
                "低保,,assistanceType=DIBAO,ASSISTANCE_LIST,", "*,,listStage=APPROVED,ASSISTANCE_LIST,");
        assertThat(inferrer.infer("2022年9月城乡低保对象名单", null).orElseThrow().sets())
                .containsExactly(entry("assistanceType", "DIBAO"), entry("listStage", "APPROVED"));
        assertThat(inferrer.infer("2022年9月城乡低保资金发放情况", null).orElseThrow().sets()).isEmpty();
    }

    @Test
    void wildcardOnlyFillsADefaultThatAnyKeywordOverrides() throws Exception {
        var inferrer = inferrer("低保初审名单,ASSISTANCE_LIST,,,", "特困拟终止名单,ASSISTANCE_LIST,,,", "低保名单,ASSISTANCE_LIST,,,",
                "低保,,assistanceType=DIBAO,ASSISTANCE_LIST,", "特困,,assistanceType=TEKUN,ASSISTANCE_LIST,",
                "初审,,listStage=PRELIMINARY,ASSISTANCE_LIST,",
                "终止,,listStage=TERMINATION,ASSISTANCE_LIST,", "*,,listStage=APPROVED,ASSISTANCE_LIST,");
        assertThat(inferrer.infer("低保初审名单", null).orElseThrow().sets()).containsEntry("listStage", "PRELIMINARY");
        assertThat(inferrer.infer("特困拟终止名单", null).orElseThrow().sets()).containsEntry("listStage", "TERMINATION");
        assertThat(inferrer.infer("低保名单", null).orElseThrow().sets()).containsEntry("listStage", "APPROVED");
    }

    @Test
    void conflictingMarkersFollowLongestThenEarlier() throws Exception {
        var inferrer = inferrer("临时救助名单,ASSISTANCE_LIST,,,", "特困人员名单,ASSISTANCE_LIST,,,", "低保,,assistanceType=DIBAO,ASSISTANCE_LIST,",
                "特困,,assistanceType=TEKUN,ASSISTANCE_LIST,", "临时救助,,assistanceType=TEMPORARY,ASSISTANCE_LIST,");
        assertThat(inferrer.infer("低保边缘家庭临时救助名单", null).orElseThrow().sets()).containsEntry("assistanceType", "TEMPORARY");
        assertThat(inferrer.infer("低保和特困人员名单", null).orElseThrow().sets()).containsEntry("assistanceType", "DIBAO");
    }

    @Test
    void markersInTheSummaryCountOnlyWhenTheCategoryCameFromIt() throws Exception {
        var inferrer = inferrer("低保标准,SOCIAL_POLICY,,,", "规划,PLAN,,,", "征求意见稿,,openForConsultation=true;processInfo=true,,");
        assertThat(inferrer.infer("关于调整低保标准的通知", "此前发布的征求意见稿已收到意见").orElseThrow().sets()).isEmpty();
        assertThat(inferrer.infer("社区养老服务设施布局", "规划草案(征求意见稿)全文").orElseThrow().sets())
                .containsOnlyKeys("openForConsultation", "processInfo");
    }

    @Test
    void keywordsAndTitlesAreNormalisedAlikeAndTheKeywordIsReportedAsWritten() throws Exception {
        var inferrer = inferrer("辦事指南,SERVICE_GUIDE,,,", "（征求意见稿）,,processInfo=true;openForConsultation=true,,");
        var inference = inferrer.infer("养老机构备案办事指南(征求意见稿)", null).orElseThrow();
        assertThat(inference.keyword()).isEqualTo("辦事指南");
        assertThat(inference.sets()).containsExactly(entry("processInfo", "true"), entry("openForConsultation", "true"));
    }

    @Test
    void sameAnswerFromManyThreads() throws Exception {
        var inferrer = new CategoryInferrer(ShippedTable.load());
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Inference>> calls = IntStream.range(0, 400).<Callable<Inference>>mapToObj(i ->
                    () -> inferrer.infer(i % 2 == 0 ? "特困人員擬終止救助供養名單公示" : "养老机构备案办事指南", null).orElseThrow()).toList();
            var futures = pool.invokeAll(calls);
            for (int i = 0; i < futures.size(); i++) {
                Inference r = futures.get(i).get();
                if (i % 2 == 0) {
                    assertThat(r.category()).isEqualTo(Category.ASSISTANCE_LIST);
                    assertThat(r.sets()).isEqualTo(Map.of("assistanceType", "TEKUN", "listStage", "TERMINATION"));
                } else {
                    assertThat(r.category()).isEqualTo(Category.SERVICE_GUIDE);
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
