package cn.rongjiang.disclosure.core.calendar;

/**
 * Thrown when a working-day question needs a year the calendar has no data for. A deadline must
 * then say it cannot be computed yet rather than guess, because the State Council publishes each
 * year's holidays only late in the previous year.
 */
public final class YearNotCoveredException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int year;

    /** Creates the exception for the first year that was needed but is not covered. */
    public YearNotCoveredException(int year) {
        super("工作日历缺少" + year + "年 (calendar has no data for " + year + ")");
        this.year = year;
    }

    /** The year that is missing from the calendar. */
    public int year() {
        return year;
    }
}
