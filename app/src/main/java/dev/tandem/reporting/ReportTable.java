package dev.tandem.reporting;

import java.util.List;

/**
 * One table of a report, as shown under its chart and exported: an id (the export's file name), the column ids
 * (labels are the message keys {@code report.col.<id>}) and the rows, each value a String, Number or null
 * (suppressed or not applicable).
 */
public record ReportTable(String id, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The values of one column, in row order. */
    public List<Object> column(String column) {
        int at = columns.indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + id);
        }
        return rows.stream().map(row -> row.get(at)).toList();
    }
}
