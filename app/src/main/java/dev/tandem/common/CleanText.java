package dev.tandem.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person could have typed: no control characters (NUL and the like; tab and line breaks are fine), no lone
 * surrogates (half of a character), and not only invisible characters (zero-width spaces, joiners, fillers).
 * {@code null} and the empty string pass; {@code @NotBlank} says whether a value is required. Such text would fail
 * in the database (PostgreSQL refuses NUL), fool screening or show as nothing on a page.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

    String message() default "{CleanText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
