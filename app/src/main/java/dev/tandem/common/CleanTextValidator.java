package dev.tandem.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CleanText}; services use {@link #isClean(String)} for text that reaches them by another way than a
 * command record (a file name, a header).
 */
public class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {

    /** The message key of the refusal, for services that check text themselves. */
    public static final String REFUSAL = "CleanText";

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return isClean(value);
    }

    public static boolean isClean(CharSequence value) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        boolean visible = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                visible |= !invisible(Character.toCodePoint(c, value.charAt(++i)));
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            visible |= !invisible(c);
        }
        // blank text (spaces, line breaks) is for @NotBlank to judge; text made only of invisible marks is refused
        return visible || value.toString().isBlank();
    }

    /** Blank, a format character (zero-width space, joiners, bidi controls, soft hyphen) or default-ignorable. */
    private static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.CONTROL
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x180B
                || cp == 0x180C || cp == 0x180D || cp == 0x180F;
    }
}
