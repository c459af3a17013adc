package dev.tandem.exemption;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/public/exemptions/{reference}}: a published exemption for anyone to verify, without sign-in. An
 * unknown and an unpublished reference answer alike (404); too many requests from one address answer 429 with
 * {@code Retry-After}.
 */
@RestController
@Tag(name = "Public verification")
class PublicVerificationApiController {

    private final PublicVerification verification;
    private final PublicRequestLimits limits;
    private final MessageSource messages;

    PublicVerificationApiController(PublicVerification verification, PublicRequestLimits limits,
                                    MessageSource messages) {
        this.verification = verification;
        this.limits = limits;
        this.messages = messages;
    }

    @Operation(summary = "Verify a published UN 1718 exemption by its reference (no sign-in)")
    @GetMapping("/api/public/exemptions/{reference}")
    ResponseEntity<?> verify(@PathVariable String reference, HttpServletRequest request) {
        limits.check(request);
        return verification.verify(reference).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    say(request, "verify.notFound", reference));
            problem.setProperty("errors", List.of(Map.of("field", "reference",
                    "reason", say(request, "verify.notFound", reference))));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        });
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                say(request, "refusal.exemption.tooManyRequests", e.retryAfterSeconds()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }

    /** In the language the client accepts, as the rest of the API answers: Korean if asked for, else English. */
    private String say(HttpServletRequest request, String key, Object... args) {
        Locale locale = "ko".equals(request.getLocale().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        return messages.getMessage(key, args, locale);
    }

}
