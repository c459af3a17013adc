package dev.tandem.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Says a refusal in a language: the reasons of an {@link InvalidInputException} or of a failed Bean Validation,
 * by field, ready for a page's {@code errors} map or an API problem. Without a locale, the current request's.
 */
@Component
public class Refusals {

    /** The field name under which a refusal about the whole form or request is listed. */
    public static final String FORM = "form";

    private final MessageSource messages;

    public Refusals(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(MessageSourceResolvable refusal) {
        return reason(refusal, LocaleContextHolder.getLocale());
    }

    public String reason(MessageSourceResolvable refusal, Locale locale) {
        return messages.getMessage(refusal, locale);
    }

    public Map<String, String> byField(InvalidInputException e) {
        return Map.of(e.field(), reason(e));
    }

    public Map<String, String> byField(BindingResult result) {
        return byField(result, LocaleContextHolder.getLocale());
    }

    /** The first reason of each field (a field refused for two reasons shows the first), then form-wide ones. */
    public Map<String, String> byField(BindingResult result, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : FORM;
            errors.putIfAbsent(field, reason(error, locale));
        }
        return errors;
    }
}
