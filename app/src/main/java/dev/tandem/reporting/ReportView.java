package dev.tandem.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * A report table as the page shows it, in the reader's language: its title, column labels, cells as text (routes
 * named, suppressed and empty values as a dash), and the chart drawn from it (ECharts options, read by
 * {@code /js/reports.js}). The chart and the table carry the same numbers, so the table is the chart's accessible
 * form.
 */
@Component
class ReportView {

    /** One table on the page. */
    record Shown(String id, String title, List<String> headers, List<List<String>> rows, String chart) {
    }

    /** Which column is the chart's axis and which its series, and the kind of chart, per table. */
    private record ChartSpec(String type, String axis, List<String> series) {
    }

    private static final Map<String, ChartSpec> CHARTS = Map.of(
            "cases-by-forum", new ChartSpec("bar", "forum", List.of("filed", "decided", "withdrawn", "open")),
            "time-by-route", new ChartSpec("bar", "route", List.of("median_days", "p90_days", "median_working_days")),
            "time-by-charter", new ChartSpec("bar", "charter", List.of("median_days", "p90_days", "median_working_days")),
            "ageing", new ChartSpec("bar", "age_days", List.of("open")),
            "monthly", new ChartSpec("line", "month", List.of("filed", "decided", "backlog")),
            "screening", new ChartSpec("bar", "list", List.of("raised", "decided", "false_positive")),
            "transparency", new ChartSpec("bar", "year_filed", List.of("filed", "decided")),
            "holds-by-party", new ChartSpec("bar", "party", List.of("holds", "median_days", "longest_days")),
            "exemption-steps", new ChartSpec("bar", "stage", List.of("median_days", "p90_days")),
            "exemptions", new ChartSpec("bar", "party", List.of("approved", "not_approved", "expired")));

    private final MessageSource messages;
    private final ObjectMapper json;

    ReportView(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    Shown show(ReportTable table, Locale locale) {
        List<String> headers = table.columns().stream().map(c -> label("report.col." + c, locale)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(cell(table.columns().get(i), row.get(i), locale));
            }
            rows.add(cells);
        }
        return new Shown(table.id(), label("report.table." + table.id(), locale), headers, rows,
                chart(table, rows, locale));
    }

    String cell(String column, Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (column.equals("route")) {
            return label("report.route." + value, locale);
        }
        if (column.equals("stage")) {
            // the exemption module's own stage names, so both pages call a step the same
            return label("exemptionStage." + value, locale);
        }
        return String.valueOf(value);
    }

    private String chart(ReportTable table, List<List<String>> cells, Locale locale) {
        ChartSpec spec = CHARTS.get(table.id());
        if (spec == null) {
            return null;
        }
        int axis = table.columns().indexOf(spec.axis());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", spec.type());
        chart.put("categories", cells.stream().map(row -> row.get(axis)).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (String column : spec.series()) {
            int at = table.columns().indexOf(column);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", label("report.col." + column, locale));
            one.put("data", table.rows().stream().map(row -> row.get(at)).toList());
            series.add(one);
        }
        chart.put("series", series);
        return json.writeValueAsString(chart);
    }

    String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
