package dev.tandem.rules;

import java.util.regex.Pattern;

/**
 * Reads an HS code as the applicant wrote it: 4 to 10 digits, groups optionally separated by single dots
 * ("8704", "8704.21", "2710.19.11"), surrounding blanks ignored. Returns the digits alone; anything else is
 * malformed (letters, inner blanks, leading, trailing or doubled dots, fewer than 4 or more than 10 digits).
 */
final class HsCode {

    private static final Pattern SHAPE = Pattern.compile("\\d+(\\.\\d+)*");

    private HsCode() {
    }

    /** The digits of a well-formed code, or null when it is malformed. */
    static String digits(String code) {
        if (code == null) {
            return null;
        }
        String stripped = code.strip();
        if (!SHAPE.matcher(stripped).matches()) {
            return null;
        }
        String digits = stripped.replace(".", "");
        return digits.length() >= 4 && digits.length() <= 10 ? digits : null;
    }
}
