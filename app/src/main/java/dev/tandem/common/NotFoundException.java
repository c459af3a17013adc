package dev.tandem.common;

/**
 * The thing a request names does not exist (or the caller may not know that it exists).
 */
public class NotFoundException extends InvalidInputException {

    public NotFoundException(String field, String what, Object id) {
        super(field, "no " + what + " with id " + id);
    }
}
