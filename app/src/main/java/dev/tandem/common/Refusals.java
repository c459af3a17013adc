package dev.tandem.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
    private static final String TYPE_MISMATCH = "typeMismatch.";

    private final MessageSource messages;

    public Refusals(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(MessageSourceResolvable refusal) {
        return reason(refusal, LocaleContextHolder.getLocale());
    }

    public String reason(MessageSourceResolvable refusal, Locale locale) {
        String reason = messages.getMessage(refusal, locale);
        if (refusal instanceof InvalidInputException e && !e.parts().isEmpty()) {
            return reason + " " + e.parts().stream().map(p -> messages.getMessage(p, locale))
                    .collect(Collectors.joining("; "));
        }
        return reason;
    }

    /** Each problem a refusal lists, or its reason alone when it lists none. */
    public List<String> parts(InvalidInputException refusal) {
        if (refusal.parts().isEmpty()) {
            return List.of(reason(refusal));
        }
        Locale locale = LocaleContextHolder.getLocale();
        return refusal.parts().stream().map(p -> messages.getMessage(p, locale)).toList();
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
            errors.putIfAbsent(field, reason(enumNamed(error), locale));
        }
        return errors;
    }

    /**
     * A value that did not convert to an enum is refused naming the values allowed, like the API does; the binder
     * only says "typeMismatch" with the type's name among its codes.
     */
    private static MessageSourceResolvable enumNamed(ObjectError error) {
        if (error.getCodes() == null || !"typeMismatch".equals(error.getCode())) {
            return error;
        }
        for (String code : error.getCodes()) {
            if (!code.startsWith(TYPE_MISMATCH)) {
                continue;
            }
            try {
                Class<?> type = Class.forName(code.substring(TYPE_MISMATCH.length()), false,
                        Refusals.class.getClassLoader());
                if (type.isEnum()) {
                    return new DefaultMessageSourceResolvable(new String[] {"refusal.enum"},
                            new Object[] {allowed(type)}, "refusal.enum");
                }
            } catch (ClassNotFoundException | LinkageError notAType) {
                // a code naming a field path, not a type
            }
        }
        return error;
    }

    /** The names an enum accepts, as a client sends them. */
    public static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }
}
