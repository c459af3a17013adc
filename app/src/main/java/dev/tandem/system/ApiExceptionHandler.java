package dev.tandem.system;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.tandem.common.ConflictException;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.PreconditionRequiredException;
import dev.tandem.common.Refusals;
import dev.tandem.common.RuleViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every refusal of the REST API into an RFC 9457 problem with {@code errors: [{field, reason}]}, so a client
 * always learns which field was wrong and why, in the language of its {@code Accept-Language} header (English when
 * it names neither English nor Korean). The page language cookie does not apply: an API client says what it reads.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private final Refusals refusals;

    ApiExceptionHandler(Refusals refusals) {
        this.refusals = refusals;
    }

    /** The first of the client's accepted languages that Tandem speaks, else English. */
    static Locale languageOf(HttpServletRequest request) {
        for (Locale accepted : Collections.list(request.getLocales())) {
            for (Locale spoken : LANGUAGES) {
                if (spoken.getLanguage().equals(accepted.getLanguage())) {
                    return spoken;
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static Locale languageOf(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servlet == null ? Locale.ENGLISH : languageOf(servlet);
    }

    private String say(Locale locale, String key, Object... args) {
        return refusals.reason(new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {key}, args, key), locale);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        HttpStatus status;
        if (e instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            status = HttpStatus.CONFLICT;
        } else if (e instanceof RuleViolationException) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
        } else if (e instanceof PreconditionRequiredException) {
            status = HttpStatus.PRECONDITION_REQUIRED;
        } else {
            status = HttpStatus.BAD_REQUEST;
        }
        String reason = refusals.reason(e, languageOf(request));
        return ResponseEntity.status(status).body(problem(status, e.field() + ": " + reason,
                List.of(error(e.field(), reason))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, say(languageOf(request), "refusal.forbidden"), List.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale locale = languageOf(request);
        Class<?> type = e.getRequiredType();
        String reason = type != null && type.isEnum()
                ? say(locale, "refusal.enum", allowed(type))
                : say(locale, "refusal.notValid", type == null ? "value" : type.getSimpleName());
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, e.getName() + ": " + reason,
                List.of(error(e.getName(), reason))));
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = languageOf(request);
        String field = "body";
        String reason = say(locale, "refusal.notJson");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
                String tooLargeReason = say(locale, "refusal.bodyTooLarge", tooLarge.limit());
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                        "body: " + tooLargeReason, List.of(error("body", tooLargeReason))));
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            reason = cause instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()
                    ? say(locale, "refusal.enum", allowed(format.getTargetType()))
                    : say(locale, "refusal.wrongType");
        } else if (cause instanceof JacksonException jackson) {
            reason = say(locale, "refusal.notJson") + " (" + jackson.getOriginalMessage() + ")";
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            reason = say(locale, "refusal.bodyMissing");
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, field + ": " + reason,
                List.of(error(field, reason))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = languageOf(request);
        List<Map<String, String>> errors = refusals.byField(e.getBindingResult(), locale).entrySet().stream()
                .map(f -> error(f.getKey(), f.getValue())).toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, say(locale, "refusal.invalidFields"),
                errors));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedIt(e)) {
            log.warn("The database cannot be reached; answered an API request with 503: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE,
                            say(languageOf(request), "refusal.databaseUnavailable"), List.of()));
        }
        log.error("Unexpected failure while serving an API request", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                say(languageOf(request), "refusal.failed"), List.of()));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> error(String field, String reason) {
        return Map.of("field", field, "reason", reason == null ? "is invalid" : reason);
    }
}
