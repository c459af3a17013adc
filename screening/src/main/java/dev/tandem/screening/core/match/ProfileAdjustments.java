package dev.tandem.screening.core.match;

import dev.tandem.screening.core.list.ListEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adjusts a name score with the query's date of birth and nationality, when both the query and the entry state them.
 * Birth: the same full date +{@value #FULL_DATE}; the same year +{@value #SAME_YEAR}; years within
 * {@value #CLOSE_YEARS} of each other no change; further apart {@value #YEAR_MISMATCH}. Nationality: the same country
 * +{@value #SAME_COUNTRY}; different countries {@value #OTHER_COUNTRY} (lists record nationalities incompletely, so
 * the penalty is small). Unknown or unparseable values change nothing.
 */
final class ProfileAdjustments {

    static final double FULL_DATE = 0.03;
    static final double SAME_YEAR = 0.02;
    static final int CLOSE_YEARS = 1;
    static final double YEAR_MISMATCH = -0.10;
    static final double SAME_COUNTRY = 0.02;
    static final double OTHER_COUNTRY = -0.03;
    /** The most the adjustments can add. */
    static final double MAX_RAISE = FULL_DATE + SAME_COUNTRY;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    private ProfileAdjustments() {
    }

    static List<Adjustment> of(String birthDate, String nationality, ListEntry entry) {
        List<Adjustment> out = new ArrayList<>(2);
        Adjustment birth = birth(birthDate, entry.birthDates());
        if (birth != null) out.add(birth);
        Adjustment country = nationality(nationality, entry.nationalities());
        if (country != null) out.add(country);
        return out;
    }

    private static Adjustment birth(String query, List<String> listed) {
        if (query == null || query.isBlank() || listed.isEmpty()) return null;
        Matcher date = ISO_DATE.matcher(query);
        String queryDate = date.find() ? date.group(1) : null;
        Matcher yearMatcher = YEAR.matcher(query);
        if (!yearMatcher.find()) return null;
        int queryYear = Integer.parseInt(yearMatcher.group(1));
        int closest = Integer.MAX_VALUE;
        List<Integer> years = new ArrayList<>();
        for (String value : listed) {
            if (queryDate != null && value.contains(queryDate)) {
                return new Adjustment("date of birth " + queryDate + " matches", FULL_DATE);
            }
            Matcher m = YEAR.matcher(value);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                years.add(year);
                closest = Math.min(closest, Math.abs(year - queryYear));
            }
        }
        if (years.isEmpty()) return null;
        if (closest == 0) return new Adjustment("birth year " + queryYear + " matches", SAME_YEAR);
        if (closest <= CLOSE_YEARS) return null;
        return new Adjustment(String.format(Locale.ROOT, "birth year %d, listed %s", queryYear,
                years.stream().distinct().map(String::valueOf).reduce((a, b) -> a + "/" + b).orElse("")), YEAR_MISMATCH);
    }

    private static Adjustment nationality(String query, List<String> listed) {
        String code = Countries.standard().code(query);
        if (code == null || listed.isEmpty()) return null;
        List<String> codes = new ArrayList<>();
        for (String value : listed) {
            String c = Countries.standard().code(value);
            if (c != null && !codes.contains(c)) codes.add(c);
        }
        if (codes.isEmpty()) return null;
        if (codes.contains(code)) return new Adjustment("nationality " + code + " matches", SAME_COUNTRY);
        return new Adjustment("nationality " + code + ", listed " + String.join("/", codes), OTHER_COUNTRY);
    }
}
