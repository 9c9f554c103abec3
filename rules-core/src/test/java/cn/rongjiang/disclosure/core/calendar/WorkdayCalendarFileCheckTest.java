package cn.rongjiang.disclosure.core.calendar;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How loading checks a calendar file row by row and reports every problem with its line. */
class WorkdayCalendarFileCheckTest {

    private static final String FILE = "local.csv";
    private static final String HEADER = "date,kind,name,source";

    private static List<Problem> problemsIn(String... lines) {
        RuleLoadException e = catchThrowableOfType(RuleLoadException.class,
                () -> WorkdayCalendar.parse(FILE, List.of(lines)));
        assertThat(e).as("expected the file to be rejected").isNotNull();
        return e.problems();
    }

    private static Problem onlyProblemIn(String... lines) {
        List<Problem> problems = problemsIn(lines);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void acceptsAValidFileWithCommentsBlankLinesAndQuotedSources() throws Exception {
        WorkdayCalendar calendar = WorkdayCalendar.parse(FILE, List.of(
                "# local calendar of the county",
                HEADER,
                "",
                "2024-01-01,HOLIDAY,元旦,\"notice, with a comma\"",
                "  # 榕江县 local day off",
                "2024-02-04,MAKEUP_WORKDAY,春节,notice, unquoted, commas too"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
        assertThat(calendar.coveredYears()).containsExactly(2024);
    }

    @Test
    void letsALocalFileAddADayOff() throws Exception {
        WorkdayCalendar calendar = WorkdayCalendar.parse(FILE, List.of(HEADER,
                "2024-01-01,HOLIDAY,元旦,national",
                "2024-03-12,HOLIDAY,苗年 (local),county notice"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 12))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 11), 1)).isEqualTo(LocalDate.of(2024, 3, 13));
    }

    @Test
    void doesNotCoverAYearThatHasOnlyDecemberRows() throws Exception {
        WorkdayCalendar calendar = WorkdayCalendar.parse(FILE, List.of(HEADER,
                "2018-12-30,HOLIDAY,元旦,2019 notice",
                "2019-01-01,HOLIDAY,元旦,2019 notice"));
        assertThat(calendar.coveredYears()).containsExactly(2019);
    }

    @Test
    void reportsAnIncorrectHeaderOnLineOne() {
        Problem problem = onlyProblemIn("day,type,name,source", "2024-01-01,HOLIDAY,元旦,x");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).startsWith("missing or incorrect header").contains(HEADER);
    }

    @Test
    void reportsAMissingHeaderAndStillChecksTheFirstRow() {
        List<Problem> problems = problemsIn("2024-01-01,HOLIDAY,,x", "2024-01-02,HOLIDAY,元旦,x");
        assertThat(problems).extracting(Problem::line).containsExactly(1, 1);
        assertThat(problems.get(0).message()).startsWith("missing or incorrect header");
        assertThat(problems.get(1).message()).startsWith("holiday with no name");
    }

    @Test
    void reportsAWrongNumberOfColumns() {
        Problem problem = onlyProblemIn(HEADER, "2024-01-01,HOLIDAY,元旦,x", "2024-01-02,HOLIDAY,元旦");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).startsWith("wrong number of columns").contains("expected 4", "found 3");
    }

    @Test
    void reportsADateThatDoesNotExist() {
        Problem problem = onlyProblemIn(HEADER, "2022-02-30,HOLIDAY,春节,x");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("bad date \"2022-02-30\"");
    }

    @Test
    void reportsADateWrittenInAnotherFormat() {
        Problem problem = onlyProblemIn(HEADER, "2024/1/1,HOLIDAY,元旦,x");
        assertThat(problem.message()).startsWith("bad date \"2024/1/1\"").contains("YYYY-MM-DD");
    }

    @Test
    void reportsAnUnknownKindAndSaysWhichKindsAreAllowed() {
        Problem problem = onlyProblemIn(HEADER, "2024-01-01,DAY_OFF,元旦,x");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("unknown kind \"DAY_OFF\"").contains("HOLIDAY", "MAKEUP_WORKDAY");
    }

    @Test
    void reportsTheSameDateTwiceNamingTheEarlierLine() {
        Problem problem = onlyProblemIn(HEADER,
                "2024-01-01,HOLIDAY,元旦,x", "# comment", "2024-01-01,HOLIDAY,元旦,y");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).startsWith("the date 2024-01-01 appears twice").contains("line 2");
    }

    @Test
    void reportsAMakeUpWorkdayOnAWeekday() {
        // 2024-02-08 is a Thursday.
        Problem problem = onlyProblemIn(HEADER, "2024-02-08,MAKEUP_WORKDAY,春节,x");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("make-up working day 2024-02-08 is a Thursday")
                .contains("Saturday or Sunday");
    }

    @Test
    void reportsAHolidayWithAnEmptyName() {
        Problem problem = onlyProblemIn(HEADER, "2024-01-01,HOLIDAY,  ,x");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("holiday with no name");
    }

    @Test
    void reportsAnEmptyFile() {
        Problem problem = onlyProblemIn();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).startsWith("the file is empty");
    }

    @Test
    void reportsAFileWithOnlyTheHeaderAndComments() {
        Problem problem = onlyProblemIn("# nothing yet", HEADER, "");
        assertThat(problem.message()).startsWith("the file has no date rows");
    }

    @Test
    void reportsEveryProblemInOneFileWithItsLine() {
        RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> WorkdayCalendar.parse(FILE, List.of(
                HEADER,
                "2024-01-01,HOLIDAY,元旦,x",
                "2022-02-30,HOLIDAY,春节,x",
                "2024-02-04,WORK,春节,x",
                "",
                "2024-01-01,HOLIDAY,元旦,again",
                "2024-02-08,MAKEUP_WORKDAY,春节,x",
                "2024-04-04,HOLIDAY,,x",
                "2024-05-01 HOLIDAY")));
        assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 4, 6, 7, 8, 9);
        assertThat(e.problems()).extracting(Problem::file).containsOnly(FILE);
        assertThat(e.getMessage()).contains("6 problem(s)", "local.csv:3: bad date", "local.csv:9: wrong number of columns");
    }

    @Test
    void formatsAProblemAsFileLineMessage() {
        assertThat(new Problem("a.csv", 7, "bad date")).hasToString("a.csv:7: bad date");
    }

    @Test
    void loadsTheRealSharedFile() throws Exception {
        assertThat(WorkdayCalendar.load(SharedCalendarFile.path()).covers(2026)).isTrue();
    }

    @Test
    void reportsAFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("gbk.csv");
        Files.writeString(gbk, HEADER + "\n2024-01-01,HOLIDAY,元旦,x\n", Charset.forName("GBK"));
        RuleLoadException e = catchThrowableOfType(RuleLoadException.class, () -> WorkdayCalendar.load(gbk));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        RuleLoadException e = catchThrowableOfType(RuleLoadException.class,
                () -> WorkdayCalendar.load(dir.resolve("absent.csv")));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("cannot read the file"));
    }

    @Test
    void acceptsAByteOrderMarkBeforeTheHeader() throws Exception {
        WorkdayCalendar calendar = WorkdayCalendar.parse(FILE, List.of("\uFEFF" + HEADER, "2024-01-01,HOLIDAY,元旦,x"));
        assertThat(calendar.covers(2024)).isTrue();
    }
}
