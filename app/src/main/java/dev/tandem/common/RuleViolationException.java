package dev.tandem.common;

/**
 * Well-formed input that a rule of the domain refuses (an illegal status change, an event after termination).
 * Names the field the rule is about and the rule in plain words.
 */
public class RuleViolationException extends InvalidInputException {

    public RuleViolationException(String field, String key, Object... args) {
        super(field, key, args);
    }
}
