package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's pages over plain HTTP: what they show, what they escape, the CSV. The browser is ConsoleBrowserTest. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()));

    private Http http() {
        return new Http(APP.getLocalPort());
    }

    static byte[] form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCatalogueListsEveryRuleWithItsBasisExplanationPlaceAndCases() {
        Http.Answer page = http().get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html").containsIgnoringCase("utf-8"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        assertThat(page.body()).contains("<h2>国家秘密</h2>", "href=\"/rules/W-SECRET\"", "《保守国家秘密法》",
                "rules/disclosure/10-state-secrets.drl:", "级国家秘密，依法不予公开");
        assertThat(http().get("/v1/rules").json().get("rules").get(0).has("explanation")).isTrue();
        for (String path : new String[] {"/", "/try", "/status", "/rules/W-SECRET"}) {
            // the CSP allows no script and no inline style: a page that needed either would break silently
            assertThat(http().get(path).body()).as(path).doesNotContain("<script", "style=\"", "<style");
        }
    }

    @Test
    void aRulePageShowsTheGoldenCasesThatPinIt() {
        Http.Answer page = http().get("/rules/W-SECRET");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("锁定这条规则的黄金案例", "rules/cases/", "&quot;secretLevel&quot;");
        assertThat(http().get("/rules/NO-SUCH-RULE").status()).isEqualTo(404);
    }

    @Test
    void theFormDecidesAndShowsTheDecisionInChinese() {
        Http.Answer page = http().post("/try", "application/x-www-form-urlencoded", form(Map.of(
                "title", "关于某专项工作的请示", "secretLevel", "SECRET")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"label\">不予公开</span>", "国家秘密", "《保守国家秘密法》",
                "<option value=\"SECRET\" selected>");
    }

    @Test
    void aPastedTextIsReadForSignals() {
        Http.Answer page = http().post("/try", "application/x-www-form-urlencoded", form(Map.of(
                "title", "会议通知", "text", "★秘密★\n请各股室按时参加。")));
        assertThat(page.body()).contains("id=\"signals\"", "secretLevel（密级）", "★秘密★", "不予公开");
        assertThat(page.body()).as("the text goes back into its box, escaped, and nowhere else")
                .containsOnlyOnce("请各股室按时参加。");
    }

    @Test
    void aTitleIsEscapedEverywhereItIsShown() {
        String evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>低保对象名单";
        Http.Answer page = http().post("/try", "application/x-www-form-urlencoded", form(Map.of(
                "title", evil, "category", "ASSISTANCE_LIST", "assistanceType", "DIBAO", "listStage", "APPROVED")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script", "<img", "onerror=alert(2)>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(page.body()).contains("id=\"label\">主动公开</span>");
    }

    @Test
    void badInputIsShownWithTheChineseFieldNameAndNoDecision() {
        Http.Answer page = http().post("/try", "application/x-www-form-urlencoded", form(Map.of(
                "title", "民政局2023年部门预算", "approvedOn", "2023-02-30")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"errors\"", "approvedOn（批复日期）").doesNotContain("id=\"decision\"");
        Http.Answer noTitle = http().post("/try", "application/x-www-form-urlencoded", form(Map.of("title", " ")));
        assertThat(noTitle.body()).contains("title（标题）").doesNotContain("id=\"decision\"");
        Http.Answer badEnum = http().post("/try", "application/x-www-form-urlencoded", form(Map.of(
                "title", "x", "secretLevel", "<b>VERY</b>")));
        assertThat(badEnum.body()).contains("secretLevel（密级）").doesNotContain("<b>VERY");
    }

    @Test
    void theStatusPageShowsTheServingVersion() {
        String version = http().get("/v1/rules/status").json().get("active").get("version").asText();
        Http.Answer page = http().get("/status");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("正在使用的规则版本", version, "北京时间");
    }

    @Test
    void theCatalogueDownloadsAsCsvWithAByteOrderMark() {
        Http.Answer csv = http().get("/rules.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(t -> assertThat(t).contains("attachment"));
        assertThat(csv.body()).startsWith("\uFEFF\"原则\",\"编号\",");
        int rules = http().get("/v1/rules").json().get("rules").size();
        assertThat(csv.body().split("\r\n")).hasSize(rules + 1);
        assertThat(csv.body()).contains("\"国家秘密\",\"W-SECRET\"");
    }
}
