package dev.tandem.common;

/**
 * Input that is malformed or out of range: names the field and says why. Nothing has been changed when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
