package dev.tandem.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.InvalidInputException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * The dashboard's figures and their exports. Every figure is an SQL aggregate ({@link ReportQueries}); the one
 * table with a row per case streams from the database to the response, so an export of any size runs in flat
 * memory.
 */
@Service
public class Reports {

    /** The tables of the dashboard, in page order; "cases" (one row per case) is exported only. */
    public static final List<String> TABLES = List.of("cases-by-forum", "time-by-route", "time-by-charter",
            "ageing", "monthly", "screening", "holds-by-party", "exemption-steps", "exemptions", "cases");

    public enum Format { CSV, JSON }

    private final ReportQueries queries;
    private final ObjectMapper json;
    private final Clock clock;

    Reports(ReportQueries queries, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    @PreAuthorize("@permissions.maySeeReports()")
    @Transactional(readOnly = true)
    public Dashboard dashboard(ReportFilter filter, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = filter.to().isBefore(today) ? filter.to() : today;
        ReportQueries.Counts counts = queries.counts(filter, asOf);
        long cases = counts.byForum().column("filed").stream().mapToLong(v -> ((Number) v).longValue()).sum();
        List<ReportTable> time = queries.timeToDecision(filter, korean(locale));
        return new Dashboard(filter, asOf, cases, List.of(counts.byForum(), time.get(0), time.get(1), counts.ageing(),
                counts.monthly(),
                queries.screening(filter), queries.holdsByParty(filter, asOf), queries.exemptionSteps(filter, asOf),
                queries.exemptions(filter)));
    }

    /**
     * Writes one table as CSV (UTF-8, a header row of column ids) or JSON ({@code {"table", "columns", "rows"}},
     * each row an object), row by row as the database returns them.
     */
    @PreAuthorize("@permissions.mayExportReports()")
    @Transactional(readOnly = true)
    public void export(String table, Format format, ReportFilter filter, Locale locale, OutputStream out) {
        List<String> columns;
        Consumer<Consumer<List<Object>>> rows;
        if ("cases".equals(table)) {
            columns = ReportQueries.CASE_COLUMNS;
            rows = sink -> queries.eachCase(filter, sink);
        } else if (TABLES.contains(table)) {
            ReportTable whole = dashboard(filter, locale).table(table);
            columns = whole.columns();
            rows = sink -> whole.rows().forEach(sink);
        } else {
            throw new InvalidInputException("table", "refusal.reporting.unknownTable", table, String.join(", ", TABLES));
        }
        try {
            if (format == Format.CSV) {
                writeCsv(columns, rows, out);
            } else {
                writeJson(table, columns, rows, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(List<String> columns, Consumer<Consumer<List<Object>>> rows, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
        rows.accept(row -> {
            try {
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private void writeJson(String table, List<String> columns, Consumer<Consumer<List<Object>>> rows, OutputStream out) {
        try (JsonGenerator gen = json.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringProperty("table", table);
            gen.writeName("columns");
            gen.writeStartArray();
            for (String column : columns) {
                gen.writeString(column);
            }
            gen.writeEndArray();
            gen.writeName("rows");
            gen.writeStartArray();
            rows.accept(row -> {
                gen.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    gen.writeName(columns.get(i));
                    gen.writePOJO(row.get(i));
                }
                gen.writeEndObject();
            });
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    static boolean korean(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage());
    }
}
