package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.RuleLoadException;
import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.calendar.WorkdayCalendar;
import cn.rongjiang.disclosure.core.calendar.YearNotCoveredException;
import cn.rongjiang.disclosure.core.inference.CategoryInferrer;
import cn.rongjiang.disclosure.core.inference.KeywordTable;
import cn.rongjiang.disclosure.core.tables.OfficeTable;
import cn.rongjiang.disclosure.core.tables.WorkTaskTable;
import java.util.List;
import java.util.Map;

/**
 * The tables of a rule folder: the working-day calendar, the office table, the work plan's task
 * table and the category keywords. An absent table is empty (no calendar: every working-day
 * deadline reports its year missing; no keywords: no inference); a bad row is a problem.
 */
record RuleTables(WorkingDays workingDays, OfficeTable offices, WorkTaskTable workTasks, CategoryInferrer inferrer) {
    static final String CALENDAR = "calendar/cn-workdays.csv";
    static final String OFFICES = "tables/offices.csv";
    static final String WORK_TASKS = "tables/work-tasks.csv";
    static final String KEYWORDS = "tables/category-keywords.csv";

    /** Reads the tables from {@code texts} (relative path → lines), adding every problem with its file and line. */
    static RuleTables read(Map<String, List<String>> texts, String shownRoot, List<Problem> problems) {
        WorkingDays workingDays = WorkingDays.UNKNOWN;
        List<String> calendar = texts.get(CALENDAR);
        if (calendar != null) {
            try {
                WorkdayCalendar parsed = WorkdayCalendar.parse(shownRoot + "/" + CALENDAR, calendar);
                workingDays = (from, n) -> {
                    try {
                        return parsed.addWorkingDays(from, n);
                    } catch (YearNotCoveredException e) {
                        throw new WorkingDays.MissingYear(e.year());
                    }
                };
            } catch (RuleLoadException e) {
                problems.addAll(e.problems());
            }
        }
        CategoryInferrer inferrer = null;
        List<String> keywords = texts.get(KEYWORDS);
        if (keywords != null) {
            try {
                inferrer = new CategoryInferrer(KeywordTable.parse(shownRoot + "/" + KEYWORDS, keywords));
            } catch (RuleLoadException e) {
                problems.addAll(e.problems());
            }
        }
        List<String> offices = texts.get(OFFICES);
        List<String> tasks = texts.get(WORK_TASKS);
        return new RuleTables(
                workingDays,
                offices == null ? OfficeTable.empty() : OfficeTable.parse(shownRoot + "/" + OFFICES, offices, problems),
                tasks == null ? WorkTaskTable.empty() : WorkTaskTable.parse(shownRoot + "/" + WORK_TASKS, tasks, problems),
                inferrer);
    }
}
