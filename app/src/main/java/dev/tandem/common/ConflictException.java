package dev.tandem.common;

/**
 * Someone else changed the same thing first; the caller must reload and decide again rather than overwrite it.
 */
public class ConflictException extends InvalidInputException {

    public ConflictException(String field, String key, Object... args) {
        super(field, key, args);
    }
}
