package cn.rongjiang.disclosure.core.model;

import java.time.LocalDate;

/** The last day to publish, and the rule that set it; {@code date} is null when the calendar lacks the year. */
public record Deadline(LocalDate date, String rule, String legalBasis) {
}
