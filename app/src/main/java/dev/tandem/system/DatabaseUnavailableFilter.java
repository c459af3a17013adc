package dev.tandem.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers 503 while the database cannot be reached, wherever in the request that shows (the session and the
 * signed-in user are read from the database before any controller runs): an RFC 9457 problem for the API, the
 * 503 page in the user's language for pages, each with {@code Retry-After}. It wraps everything else, so no
 * stack trace and no 500 reach the user; nothing was changed, since the transaction could not even begin.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ObjectMapper json;
    private final SpringTemplateEngine templates;
    private final LocaleResolver locales;

    DatabaseUnavailableFilter(ObjectMapper json, SpringTemplateEngine templates, LocaleResolver locales) {
        this.json = json;
        this.templates = templates;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.causedIt(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("The database cannot be reached; answered {} {} with 503: {}", request.getMethod(),
                    request.getRequestURI(), e.getMessage());
            answer(request, response);
        }
    }

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (wantsProblem(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database cannot be reached at the moment; nothing was changed. Try again shortly.");
            problem.setProperty("errors", List.of());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(problem));
            return;
        }
        Locale locale = locales.resolveLocale(request);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(templates.process("error/503", new Context(locale)));
    }

    private static boolean wantsProblem(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
