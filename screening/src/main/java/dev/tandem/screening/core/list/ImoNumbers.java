package dev.tandem.screening.core.list;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds IMO numbers in free text: "IMO 9123456", "IMO number: 5342883", "International Maritime
 * Organization (IMO) Number: 1790183", "Company Number IMO 5434358", and OFAC's "Vessel Registration
 * Identification 8606173" where the IMO prefix is missing. Only exactly seven digits count; "IMO-123456-7"
 * and words that merely begin with IMO ("IMOLEON") are left alone. Does not check the check digit:
 * IMO company numbers (which the UN gives for shipping companies) do not follow the ship-number rule.
 */
final class ImoNumbers {

    private static final Pattern IMO = Pattern.compile(
            "\\bIMO\\b(?:\\)|\\s|[Nn]umber|[Nn]o\\.?|:|#)*(\\d{7})(?!\\d)"
                    + "|Vessel Registration Identification\\s+(?:IMO\\s+)?(\\d{7})(?!\\d)");

    private ImoNumbers() {
    }

    /** Adds the IMO numbers found in {@code text} to {@code into}, in order of appearance. */
    static void collect(String text, Collection<String> into) {
        if (text == null || (!text.contains("IMO") && !text.contains("Vessel Registration"))) return;
        Matcher m = IMO.matcher(text);
        while (m.find()) {
            into.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
    }
}
