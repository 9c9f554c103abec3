package cn.rongjiang.disclosure.core.calendar;

import java.util.Objects;

/**
 * One problem found while checking a calendar file, located by file name and 1-based line
 * number (line 0 means the file as a whole, e.g. when it cannot be read).
 */
public record CalendarProblem(String file, int line, String message) {

    public CalendarProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The problem as {@code file:line: message}, the form editors and build logs recognise. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
