package cn.rongjiang.disclosure.core.calendar;

import cn.rongjiang.disclosure.core.RuleLoadException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behaviour of the calendar built from the real shared file of State Council notices. */
class WorkdayCalendarTest {

    private static WorkdayCalendar calendar;

    @BeforeAll
    static void loadRealCalendar() throws RuleLoadException {
        calendar = WorkdayCalendar.load(SharedCalendarFile.path());
    }

    @ParameterizedTest(name = "{0} has {1} working days")
    @CsvSource({"2019, 250", "2020, 249", "2021, 250", "2022, 249",
                "2023, 249", "2024, 251", "2025, 248", "2026, 248"})
    void countsTheOfficialNumberOfWorkingDaysInEachYear(int year, int expected) throws Exception {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        assertThat(count).isEqualTo(expected);
    }

    @Test
    void coversExactlyTheYearsOfThePublishedNotices() {
        assertThat(calendar.coveredYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void skipsTheSpringFestivalHolidayAndCountsItsMakeUpWeekend() throws Exception {
        // 01-20 is day 1, make-up 01-28 and 01-29 are days 2 and 3, holiday 01-21..27 is skipped.
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 1, 19), 10)).isEqualTo(LocalDate.of(2023, 2, 7));
    }

    @Test
    void landsOnAMakeUpSaturdayAfterNationalDay() throws Exception {
        assertThat(calendar.addWorkingDays(LocalDate.of(2022, 9, 29), 2)).isEqualTo(LocalDate.of(2022, 10, 8));
    }

    @Test
    void countsAcrossTheWholeNationalDayWeek() throws Exception {
        assertThat(calendar.addWorkingDays(LocalDate.of(2022, 9, 28), 20)).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(calendar.addWorkingDays(LocalDate.of(2022, 9, 29), 7)).isEqualTo(LocalDate.of(2022, 10, 13));
    }

    @Test
    void doesNotCountTheStartDayItself() throws Exception {
        // 2024-01-02 (Tuesday) is an ordinary working day; one working day later is the 3rd.
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 1, 2), 1)).isEqualTo(LocalDate.of(2024, 1, 3));
    }

    @Test
    void treatsSpringFestivalEve2024AsAWorkingDay() throws Exception {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
    }

    @Test
    void treatsTheCancelledMakeUpSaturdayOf2020AsADayOff() throws Exception {
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
    }

    @Test
    void treatsAnOrdinaryWeekendAsADayOffAndAnOrdinaryWeekdayAsWorking() throws Exception {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 10))).isTrue(); // Monday
    }

    @Test
    void refusesACountThatRunsInto2027() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 25), 10))
                .isInstanceOfSatisfying(YearNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessage("工作日历缺少2027年 (calendar has no data for 2027)");
    }

    @Test
    void refusesToAnswerForAnUncoveredYear() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOfSatisfying(YearNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2027));
    }

    @Test
    void doesNotCover2018ThoughTheFileHasItsLastDecemberDays() {
        assertThat(calendar.covers(2018)).isFalse();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2018, 12, 29)))
                .isInstanceOfSatisfying(YearNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2018));
    }

    @Test
    void acceptsAStartDateInAnUncoveredYearBecauseOnlyTheFollowingDaysAreLookedUp() throws Exception {
        // 2019-01-01 is a holiday, so the first working day after 2018-12-31 is 01-02.
        assertThat(calendar.addWorkingDays(LocalDate.of(2018, 12, 31), 1)).isEqualTo(LocalDate.of(2019, 1, 2));
    }

    @Test
    void refusesACountBelowOne() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 1, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
