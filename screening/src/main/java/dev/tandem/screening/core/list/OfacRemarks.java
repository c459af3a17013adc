package dev.tandem.screening.core.list;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts OFAC writes into the free-text remarks of an SDN row, which are "; "-separated:
 * {@code DOB 05 Mar 1962} and {@code alt. DOB 1963} (→ {@link BirthDates} form), {@code nationality Korea,
 * North} and {@code citizen ...} (as written). Leaves everything else (POB, passports, a.k.a.s already in
 * alt.csv, addresses) in the remarks only.
 */
final class OfacRemarks {

    private static final Pattern DOB = Pattern.compile("(?:^|;)\\s*(?:alt\\.\\s*)?DOB\\s+([^;]+)");
    private static final Pattern NATIONALITY = Pattern.compile("(?:^|;)\\s*(?:alt\\.\\s*)?(?:nationality|citizen)\\s+([^;]+)");

    private OfacRemarks() {
    }

    static void birthDates(String remarks, Collection<String> into) {
        if (!remarks.contains("DOB")) return;
        Matcher m = DOB.matcher(remarks);
        while (m.find()) into.add(BirthDates.fromText(m.group(1)));
    }

    static void nationalities(String remarks, Collection<String> into) {
        if (!remarks.contains("nationality") && !remarks.contains("citizen")) return;
        Matcher m = NATIONALITY.matcher(remarks);
        while (m.find()) {
            String value = m.group(1).strip();
            while (value.endsWith(".")) value = value.substring(0, value.length() - 1).strip();
            if (!value.isEmpty()) into.add(value);
        }
    }
}
