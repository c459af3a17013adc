package dev.tandem.common;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a command record's Bean Validation constraints inside a service, for input that reaches it by another way
 * than a controller's {@code @Valid} (an imported file, the command line, demo content): the first problem is thrown
 * as an {@link InvalidInputException} with the same message key and arguments a form or the API would show.
 */
@Component
public class InputCheck {

    private final SpringValidatorAdapter validator;

    public InputCheck(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    public <T> T valid(T command) {
        Errors errors = validator.validateObject(command);
        if (errors.hasErrors()) {
            ObjectError first = errors.getAllErrors().get(0);
            throw new InvalidInputException(first instanceof FieldError f ? f.getField() : Refusals.FORM, first);
        }
        return command;
    }
}
