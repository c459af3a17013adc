package dev.tandem.exemption;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The request letter on the requesting party's letterhead with the project outline (Annex I), as a PDF: an XHTML
 * template ({@code templates/exemption/letter.xhtml}, its words in the message bundles) rendered by openhtmltopdf
 * with a Korean-capable font shipped inside Tandem (NanumMyeongjo, SIL Open Font License), so that Hangul renders on
 * any machine. The letter is in English, the Committee's working language; names keep the script they were written
 * in.
 */
@Component
class ProjectOutlineLetter {

    static final String FONT = "fonts/NanumMyeongjo.ttf";
    private static final String FAMILY = "Tandem Nanum";

    private final SpringTemplateEngine templates;

    ProjectOutlineLetter(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
    }

    byte[] render(PackageContent content) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("c", content);
        context.setVariable("font", FAMILY);
        String xhtml = templates.process("exemption/letter", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(ProjectOutlineLetter::font, FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream in = ProjectOutlineLetter.class.getClassLoader().getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("the letter font is missing from the application: " + FONT);
        }
        return in;
    }
}
