package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KeywordTableTest {

    private static final String HEADER = "keyword,category,sets,onlyFor,note";

    /** Header on line 1, then the given rows from line 2. */
    private static List<String> table(String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(rows));
        return lines;
    }

    private static List<Problem> problems(List<String> lines) {
        return catchThrowableOfType(RuleLoadException.class,
                () -> KeywordTable.parse("category-keywords.csv", lines)).problems();
    }

    @Test
    void readsRowsCommentsQuotesAndBlankSpreadsheetRows() throws Exception {
        KeywordTable t = KeywordTable.parse("t.csv", List.of(
                "\uFEFF# a comment, with a comma",
                HEADER,
                "办事指南,SERVICE_GUIDE,,,",
                ",,,,",
                "",
                "\"征求意见稿\",,\"openForConsultation=true;processInfo=true\",,\"a note, quoted \"\"here\"\"\"",
                "低保,,assistanceType=DIBAO,ASSISTANCE_LIST,"));
        assertThat(t.size()).isEqualTo(3);
        KeywordRule draft = t.rules().get(1);
        assertThat(draft.keyword()).isEqualTo("征求意见稿");
        assertThat(draft.category()).isNull();
        assertThat(draft.sets()).containsExactly(
                org.assertj.core.api.Assertions.entry("openForConsultation", "true"),
                org.assertj.core.api.Assertions.entry("processInfo", "true"));
        assertThat(draft.line()).isEqualTo(6);
        assertThat(t.rules().get(0).category()).isEqualTo(Category.SERVICE_GUIDE);
    }

    @Test
    void unknownCategoryIsReportedWithItsLine() {
        assertThat(problems(table("办事指南,SERVICE_GUIDES,,,")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).startsWith("unknown category `SERVICE_GUIDES` in category");
                    assertThat(p).hasToString("category-keywords.csv:2: " + p.message());
                });
    }

    @Test
    void unknownCategoryInOnlyForIsReported() {
        assertThat(problems(table("低保,,assistanceType=DIBAO,ASSISTANCE,")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("unknown category `ASSISTANCE` in onlyFor"));
    }

    @Test
    void unknownFieldInSetsIsReported() {
        assertThat(problems(table("草稿,,procesInfo=true,,")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).startsWith("unknown field `procesInfo` in sets");
                });
    }

    @Test
    void badValueIsReported() {
        assertThat(problems(table("草稿,,processInfo=yes,,", "低保,,assistanceType=LOW,ASSISTANCE_LIST,")))
                .extracting(Problem::line, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "bad value `yes` for processInfo (allowed: false, true)"),
                        org.assertj.core.groups.Tuple.tuple(3, "bad value `LOW` for assistanceType (allowed: DIBAO, TEKUN, TEMPORARY)"));
    }

    @Test
    void setsEntryWithoutEqualsSignIsReported() {
        assertThat(problems(table("草稿,,processInfo,,")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("write field=value"));
    }

    @Test
    void emptyKeywordIsReported() {
        assertThat(problems(table(" ,PLAN,,,")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).isEqualTo("empty keyword");
                });
    }

    @Test
    void duplicateKeywordIsReportedEvenWhenWrittenInTraditionalOrFullWidth() {
        assertThat(problems(table("征求意见稿,,processInfo=true,,", "徵求意見稿,NORMATIVE_DOCUMENT,,,", "（草稿）,,processInfo=true,,", "(草稿),,processInfo=true,,")))
                .extracting(Problem::line, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "duplicate keyword `徵求意見稿` (first on line 2)"),
                        org.assertj.core.groups.Tuple.tuple(5, "duplicate keyword `(草稿)` (first on line 4)"));
    }

    @Test
    void wrongColumnCountIsReported() {
        assertThat(problems(table("办事指南,SERVICE_GUIDE", "服务指南,SERVICE_GUIDE,,,,extra")))
                .extracting(Problem::line, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "expected 5 columns (keyword,category,sets,onlyFor,note), found 2"),
                        org.assertj.core.groups.Tuple.tuple(3, "expected 5 columns (keyword,category,sets,onlyFor,note), found 6"));
    }

    @Test
    void rowWithNeitherCategoryNorSetsIsReported() {
        assertThat(problems(table("通知,,,,forgot the category")))
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("the row has neither a category nor sets"));
    }

    @Test
    void aGenericWordMayNotPickACategoryButAPhraseMay() {
        assertThat(problems(table("会议,WORK_NEWS,,,", "工作会议,WORK_NEWS,,,", "的通知,NORMATIVE_DOCUMENT,,,", "開展,WORK_NEWS,,,")))
                .extracting(Problem::line, p -> p.message().substring(0, p.message().indexOf(' ')))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "`会议`"),
                        org.assertj.core.groups.Tuple.tuple(4, "`的通知`"),
                        org.assertj.core.groups.Tuple.tuple(5, "`開展`"));
    }

    @Test
    void anAssistanceListPhraseMustNameAScheme() {
        assertThat(problems(table("低保,,assistanceType=DIBAO,ASSISTANCE_LIST,", "低保对象名单,ASSISTANCE_LIST,,,",
                "发放花名册,ASSISTANCE_LIST,,,")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).contains("`发放花名册`", "names no scheme", "低保");
                });
    }

    @Test
    void wildcardCannotPickACategory() {
        assertThat(problems(table("*,OTHER,,,")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("cannot pick a category"));
    }

    @Test
    void wrongHeaderAndUnclosedQuoteAreReported() {
        assertThat(problems(List.of("keyword,category,sets,note", "\"办事指南,SERVICE_GUIDE,,,")))
                .extracting(Problem::line).containsExactly(1, 2);
    }

    @Test
    void everyProblemIsReportedAtOnceInLineOrder() {
        List<Problem> problems = problems(List.of(
                "# header comment",
                HEADER,
                "办事指南,SERVICE_GUIDE,,,",            // 3: fine
                "服务指南,SERVICEGUIDE,,,",             // 4: unknown category
                "草稿,,draft=true,,",                   // 5: unknown field
                "送审稿,,processInfo=maybe,,",          // 6: bad value
                ",PLAN,,,",                            // 7: empty keyword
                "办事指南,SERVICE_GUIDE,,,",            // 8: duplicate
                "规划,PLAN",                            // 9: column count
                "通知,,,,"));                           // 10: neither
        assertThat(problems).extracting(Problem::line).containsExactly(4, 5, 6, 7, 8, 9, 10);
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("category-keywords.csv"));
    }

    @Test
    void exceptionMessageListsEveryProblemAsFileLineMessage() {
        assertThatThrownBy(() -> KeywordTable.parse("t.csv", table("a,NOPE,,,", "b,,x=1,,")))
                .isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("2 problem(s)")
                .hasMessageContaining("t.csv:2: unknown category `NOPE`")
                .hasMessageContaining("t.csv:3: unknown field `x`");
    }

    @Test
    void loadNamesTheFileAndRejectsInvalidUtf8(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, new byte[] {'k', ',', (byte) 0xC3, (byte) 0x28});
        assertThat(catchThrowableOfType(RuleLoadException.class, () -> KeywordTable.load(bad)).problems())
                .singleElement().hasToString(bad + ": the file is not valid UTF-8");

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "\uFEFF" + HEADER + "\r\n办事指南,SERVICE_GUIDE,,,\r\n", StandardCharsets.UTF_8);
        assertThat(KeywordTable.load(good).size()).isEqualTo(1);

        Path missing = dir.resolve("missing.csv");
        assertThat(catchThrowableOfType(RuleLoadException.class, () -> KeywordTable.load(missing)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("cannot read the file"));
    }
}
