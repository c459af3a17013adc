package dev.tandem.reporting;

import java.time.LocalDate;

import dev.tandem.casefile.CaseCategory;
import dev.tandem.common.InvalidInputException;

/**
 * Which cases a report counts: filed from {@code from} to {@code to} (both included), with one forum (the forum
 * that holds the case now, or the one whose charter judged it, so that a case handed over to a successor is found
 * under either and is still one row), of one category. Null forum or category: all.
 */
public record ReportFilter(LocalDate from, LocalDate to, String forum, CaseCategory category) {

    /** The longest period a report covers, so that a typo in a year does not scan centuries. */
    static final int MAX_YEARS = 50;

    public ReportFilter {
        if (from == null) {
            throw new InvalidInputException("from", "refusal.reporting.periodMissing");
        }
        if (to == null) {
            throw new InvalidInputException("to", "refusal.reporting.periodMissing");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "refusal.reporting.periodReversed", from, to);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidInputException("to", "refusal.reporting.periodTooLong", MAX_YEARS);
        }
        forum = forum == null || forum.isBlank() ? null : forum.strip();
    }
}
