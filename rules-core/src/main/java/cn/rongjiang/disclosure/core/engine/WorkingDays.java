package cn.rongjiang.disclosure.core.engine;

import java.time.LocalDate;

/** Counts working days for deadline rules; {@link #UNKNOWN} when the rule folder has no calendar. */
@FunctionalInterface
interface WorkingDays {
    /** A count that has no calendar for some year: it names the year. */
    final class MissingYear extends Exception {
        private static final long serialVersionUID = 1L;
        final int year;

        MissingYear(int year) {
            super("no calendar for " + year);
            this.year = year;
        }
    }

    /** The N-th working day after {@code from}. */
    LocalDate add(LocalDate from, int n) throws MissingYear;

    WorkingDays UNKNOWN = (from, n) -> {
        throw new MissingYear(from.getYear());
    };
}
