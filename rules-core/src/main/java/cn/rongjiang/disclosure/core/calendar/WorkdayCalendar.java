package cn.rongjiang.disclosure.core.calendar;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleLoadException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The official working-day calendar of the PRC, read from a CSV file of holidays and make-up
 * working days ({@code date,kind,name,source}), used to compute deadlines counted in working days.
 *
 * <p>A date is a working day when its row says {@code MAKEUP_WORKDAY}, not one when its row says
 * {@code HOLIDAY}, and otherwise a working day exactly when it falls Monday to Friday. A year is
 * covered only when the file has a row dated in it before December; questions about any other
 * year throw {@link YearNotCoveredException}, because an absent row there means "not yet
 * published", not "ordinary day". Instances are immutable and thread-safe.
 */
public final class WorkdayCalendar {

    private static final String HEADER = "date,kind,name,source";
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The two kinds of row a calendar file may contain. */
    private enum Kind { HOLIDAY, MAKEUP_WORKDAY }

    private final Map<LocalDate, Kind> days;
    private final SortedSet<Integer> coveredYears;

    private WorkdayCalendar(Map<LocalDate, Kind> days, SortedSet<Integer> coveredYears) {
        this.days = Map.copyOf(days);
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    /**
     * Loads and checks a calendar CSV file (UTF-8); throws {@link RuleLoadException} listing
     * every problem found.
     */
    public static WorkdayCalendar load(Path csv) throws RuleLoadException {
        String fileName = csv.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // Spreadsheet programs on Chinese Windows often save as GBK; say so plainly.
            throw new RuleLoadException(List.of(new Problem(fileName, 0,
                    "file is not UTF-8 text (文件不是UTF-8编码): save it again as CSV UTF-8")));
        } catch (IOException e) {
            throw new RuleLoadException(List.of(new Problem(fileName, 0,
                    "cannot read the file (无法读取文件): " + e)));
        }
        return parse(fileName, lines);
    }

    /**
     * Parses and checks calendar CSV text given as lines; {@code fileName} is used in problem
     * messages. Throws {@link RuleLoadException} listing every problem found.
     */
    public static WorkdayCalendar parse(String fileName, List<String> lines) throws RuleLoadException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(lines, "lines");
        List<Problem> problems = new ArrayList<>();
        Map<LocalDate, Kind> days = new HashMap<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        boolean headerSeen = false;

        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = lines.get(index);
            if (index == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // byte-order mark written by some spreadsheet programs
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (line.strip().equals(HEADER)) {
                    continue;
                }
                problems.add(new Problem(fileName, lineNumber,
                        "missing or incorrect header (表头错误): the first line must be exactly \""
                                + HEADER + "\""));
                if (!DATE_SHAPE.matcher(line.strip()).lookingAt()) {
                    continue; // a wrong header, not a data row: nothing more to check here
                }
                // Otherwise the header was simply left out; check this line as the first row.
            }
            checkRow(fileName, lineNumber, line, days, lineOfDate, problems);
        }

        if (!headerSeen) {
            problems.add(new Problem(fileName, 1,
                    "the file is empty (文件为空): it needs the header \"" + HEADER
                            + "\" and at least one row"));
        } else if (lineOfDate.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(fileName, 1,
                    "the file has no date rows (没有日期行): add the holidays and make-up working days"));
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return new WorkdayCalendar(days, coveredYearsOf(days.keySet()));
    }

    /** Checks one data line and, if it is sound, records its date. */
    private static void checkRow(String fileName, int lineNumber, String line,
                                 Map<LocalDate, Kind> days, Map<LocalDate, Integer> lineOfDate,
                                 List<Problem> problems) {
        // Split on the first three commas only: the source column may itself contain commas.
        String[] fields = line.split(",", 4);
        if (fields.length != 4) {
            problems.add(new Problem(fileName, lineNumber,
                    "wrong number of columns (列数错误): expected 4 (date,kind,name,source), found "
                            + fields.length));
            return;
        }
        String dateText = fields[0].strip();
        String kindText = fields[1].strip();
        String name = unquote(fields[2].strip());

        LocalDate date = parseDate(dateText);
        if (date == null) {
            problems.add(new Problem(fileName, lineNumber,
                    "bad date \"" + dateText + "\" (日期无效): write a real date as YYYY-MM-DD"));
        }
        Kind kind = parseKind(kindText);
        if (kind == null) {
            problems.add(new Problem(fileName, lineNumber,
                    "unknown kind \"" + kindText + "\" (类型错误): use HOLIDAY (放假) or MAKEUP_WORKDAY (调休上班)"));
        }
        if (kind == Kind.HOLIDAY && name.isEmpty()) {
            problems.add(new Problem(fileName, lineNumber,
                    "holiday with no name (节日名称为空): write the name of the holiday, e.g. 春节"));
        }
        if (date == null) {
            return;
        }
        if (kind == Kind.MAKEUP_WORKDAY && !isWeekend(date)) {
            problems.add(new Problem(fileName, lineNumber,
                    "make-up working day " + date + " is a " + englishDayName(date.getDayOfWeek())
                            + " (调休上班日必须是周六或周日): it must be a Saturday or Sunday"));
        }
        Integer earlierLine = lineOfDate.putIfAbsent(date, lineNumber);
        if (earlierLine != null) {
            problems.add(new Problem(fileName, lineNumber,
                    "the date " + date + " appears twice (日期重复): it is already on line " + earlierLine));
        } else if (kind != null) {
            days.put(date, kind);
        }
    }

    private static LocalDate parseDate(String text) {
        // The shape check rejects forms LocalDate.parse would accept, such as "+2024-01-01".
        if (!DATE_SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text); // ISO format resolves strictly: 2022-02-30 is rejected
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Kind parseKind(String text) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        return null;
    }

    /** Removes CSV quotes around a field, so that {@code ""} counts as an empty name. */
    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"").strip();
        }
        return field;
    }

    private static SortedSet<Integer> coveredYearsOf(Iterable<LocalDate> dates) {
        // A notice also lists the end of the previous December (e.g. 2018-12-29..31 in the 2019
        // notice); such rows alone say nothing about the rest of that year.
        SortedSet<Integer> years = new TreeSet<>();
        for (LocalDate date : dates) {
            if (date.getMonth() != Month.DECEMBER) {
                years.add(date.getYear());
            }
        }
        return years;
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself does not count;
     * {@code n >= 1}). Every day stepped over must lie in a covered year; otherwise throws
     * {@link YearNotCoveredException} naming the first such year.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) throws YearNotCoveredException {
        Objects.requireNonNull(from, "from");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = from;
        int remaining = n;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Whether {@code date} is an official working day; throws if its year is not covered. */
    public boolean isWorkingDay(LocalDate date) throws YearNotCoveredException {
        Objects.requireNonNull(date, "date");
        if (!covers(date.getYear())) {
            throw new YearNotCoveredException(date.getYear());
        }
        Kind kind = days.get(date);
        if (kind == null) {
            return !isWeekend(date);
        }
        return kind == Kind.MAKEUP_WORKDAY;
    }

    /** Whether the calendar has the official holidays of {@code year}. */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** The years this calendar covers, ascending; unmodifiable. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static String englishDayName(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
