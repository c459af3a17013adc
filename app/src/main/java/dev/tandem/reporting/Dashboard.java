package dev.tandem.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one filter, each a table (and a chart on the page), among them those read from the decision and
 * exemption modules' tables: holds by party, time in each exemption step, approvals and expiries.
 *
 * @param asOf  the day the ageing is counted to: the period's end, or today when that is earlier
 * @param cases how many filed cases the filter selects (each once, wherever it was handed over)
 */
public record Dashboard(ReportFilter filter, LocalDate asOf, long cases, List<ReportTable> tables) {

    public ReportTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }
}
