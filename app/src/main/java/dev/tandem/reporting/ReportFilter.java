package dev.tandem.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dev.tandem.casefile.CaseCategory;
import dev.tandem.common.InvalidInputException;
import dev.tandem.session.Track;

/**
 * Which cases a report counts: filed from {@code from} to {@code to} (both included), with one forum (the forum
 * that holds the case now, or the one whose charter judged it, so that a case handed over to a successor is found
 * under either and is still one row), of one category, on one track (the categories the session module's
 * {@link Track#of} puts on it). Null forum, category or track: all.
 */
public record ReportFilter(LocalDate from, LocalDate to, String forum, CaseCategory category, Track track) {

    public ReportFilter(LocalDate from, LocalDate to, String forum, CaseCategory category) {
        this(from, to, forum, category, null);
    }

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

    /** The category names on the filter's track (none for a track no case runs on). */
    List<String> trackCategories() {
        return Arrays.stream(CaseCategory.values()).filter(c -> Track.of(c) == track).map(Enum::name).toList();
    }
}
