package dev.tandem.common;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The thing a request names does not exist (or the caller may not know that it exists). {@code thing} is the last
 * part of a {@code thing.*} message key ("case", "forum", ...), so the refusal names it in the user's language.
 */
public class NotFoundException extends InvalidInputException {

    public NotFoundException(String field, String thing, Object id) {
        super(field, "refusal.notFound", new DefaultMessageSourceResolvable(new String[] {"thing." + thing}, thing),
                String.valueOf(id));
    }
}
