package dev.tandem.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public transparency report: cases by year filed, forum and route, how many were decided and the median days
 * to decision. Aggregates only, from SQL: no case, applicant, person, note or title ever reaches it. A count
 * under {@link #MIN_CELL} could point at one case, so it is suppressed (shown as "fewer than 3"), and so is a
 * median of fewer decided cases. Open to everyone, signed in or not.
 */
@Service
public class TransparencyReport {

    static final int MIN_CELL = 3;

    private final ReportQueries queries;
    private final Clock clock;

    TransparencyReport(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReportTable table(LocalDate from, LocalDate to) {
        ReportFilter filter = new ReportFilter(from == null ? ReportController.FIRST_DAY : from,
                to == null ? LocalDate.now(clock) : to, null, null);
        ReportTable raw = queries.byYearForumRoute(filter);
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : raw.rows()) {
            long filed = ((Number) row.get(3)).longValue();
            long decided = ((Number) row.get(4)).longValue();
            rows.add(Arrays.asList(row.get(0), row.get(1), row.get(2), shown(filed), shown(decided),
                    decided < MIN_CELL ? null : row.get(5)));
        }
        return new ReportTable("transparency", raw.columns(), rows);
    }

    /** A count, or null when it is under the smallest cell shown (zero is no case and is shown). */
    static Long shown(long count) {
        return count > 0 && count < MIN_CELL ? null : count;
    }
}
