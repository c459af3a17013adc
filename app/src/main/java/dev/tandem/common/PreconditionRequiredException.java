package dev.tandem.common;

/**
 * A change that would overwrite what the caller read came without saying what it read (e.g. the version of a case):
 * refused rather than applied blindly over someone else's change (HTTP 428 in the API).
 */
public class PreconditionRequiredException extends InvalidInputException {

    public PreconditionRequiredException(String field, String key, Object... args) {
        super(field, key, args);
    }
}
