package dev.tandem.reporting;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.common.InvalidInputException;

/**
 * The downloads: every report table as CSV or JSON, streamed from the database, and the PDF report of a period. A
 * refusal is an RFC 9457 problem naming the field, as the API's are.
 */
@RestController
class ReportExportController {

    private final Reports reports;
    private final ReportPdf pdf;
    private final ReportController pages;

    ReportExportController(Reports reports, ReportPdf pdf, ReportController pages) {
        this.reports = reports;
        this.pdf = pdf;
        this.pages = pages;
    }

    @GetMapping("/reports/export/{table}.{format}")
    void export(@PathVariable String table, @PathVariable String format, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String forum,
                @RequestParam(required = false) String category, @RequestParam(required = false) String track,
                Locale locale, HttpServletResponse response)
            throws IOException {
        Reports.Format as = switch (format) {
            case "csv" -> Reports.Format.CSV;
            case "json" -> Reports.Format.JSON;
            default -> throw new InvalidInputException("format", "refusal.reporting.unknownFormat", format);
        };
        ReportFilter filter = pages.filter(from, to, forum, category, track);
        if (!Reports.TABLES.contains(table)) {
            throw new InvalidInputException("table", "refusal.reporting.unknownTable", table,
                    String.join(", ", Reports.TABLES));
        }
        response.setContentType(as == Reports.Format.CSV ? "text/csv;charset=UTF-8" : "application/json");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(table + "-" + filter.from() + "-" + filter.to() + "." + format).build().toString());
        reports.export(table, as, filter, locale, response.getOutputStream());
    }

    @GetMapping("/reports/report.pdf")
    void pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
             @RequestParam(required = false) String forum, @RequestParam(required = false) String category,
             @RequestParam(required = false) String track,
             Locale locale, HttpServletResponse response) throws IOException {
        ReportFilter filter = pages.filter(from, to, forum, category, track);
        byte[] document = pdf.render(filter, locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("tandem-report-" + filter.from() + "-" + filter.to() + ".pdf").build().toString());
        response.getOutputStream().write(document);
    }
}
