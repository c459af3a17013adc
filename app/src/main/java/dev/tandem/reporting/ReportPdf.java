package dev.tandem.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report of a period as a PDF: the dashboard's tables rendered from a template ({@code reports/pdf}) by
 * openhtmltopdf. Hangul needs a Korean font inside Tandem: {@code fonts/NanumGothic-Regular.ttf} on the class path
 * is used when it is there (the exemption letters ship it); without it Korean text does not render.
 */
@Component
class ReportPdf {

    static final String KOREAN_FONT = "fonts/NanumGothic-Regular.ttf";

    private final Reports reports;
    private final ReportView view;
    private final ITemplateEngine templates;

    ReportPdf(Reports reports, ReportView view, ITemplateEngine templates) {
        this.reports = reports;
        this.view = view;
        this.templates = templates;
    }

    byte[] render(ReportFilter filter, Locale locale) {
        Dashboard dashboard = reports.dashboard(filter, locale);
        Context context = new Context(locale);
        context.setVariable("dashboard", dashboard);
        context.setVariable("tables", dashboard.tables().stream().map(t -> view.show(t, locale)).toList());
        String html = templates.process("reports/pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            ClassPathResource font = new ClassPathResource(KOREAN_FONT);
            if (font.exists()) {
                builder.useFont(() -> {
                    try {
                        return font.getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, "NanumGothic");
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
