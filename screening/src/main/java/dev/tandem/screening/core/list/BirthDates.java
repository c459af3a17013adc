package dev.tandem.screening.core.list;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes dates of birth in the one shape that {@link ListEntry#birthDates()} promises, whatever list they
 * come from: a full date as ISO {@code 1962-03-05}, a month as {@code 1962-03}, a year as {@code 1962}, a
 * range as {@code 1960 to 1962} (each end in the same shapes), and an approximate date with the prefix
 * {@code circa }. Anything it does not recognise is kept as the list writes it, whitespace cleaned.
 * Does not check that a date exists on the calendar.
 */
final class BirthDates {

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "01"), Map.entry("feb", "02"), Map.entry("mar", "03"), Map.entry("apr", "04"),
            Map.entry("may", "05"), Map.entry("jun", "06"), Map.entry("jul", "07"), Map.entry("aug", "08"),
            Map.entry("sep", "09"), Map.entry("oct", "10"), Map.entry("nov", "11"), Map.entry("dec", "12"));

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern RANGE = Pattern.compile("(.+?) to (.+)");
    private static final Pattern CIRCA = Pattern.compile("(?i)(?:circa|approximately|approx\\.?|about|ca\\.) (.+)");

    private BirthDates() {
    }

    /** Normalises a date as OFAC remarks write it: "05 Mar 1962", "Mar 1962", "1962", "circa 1962", "1960 to 1962". */
    static String fromText(String written) {
        String text = Text.clean(written);
        while (text.endsWith(".")) text = text.substring(0, text.length() - 1).strip();
        Matcher circa = CIRCA.matcher(text);
        if (circa.matches()) return "circa " + fromText(circa.group(1));
        Matcher range = RANGE.matcher(text);
        if (range.matches()) return single(range.group(1)) + " to " + single(range.group(2));
        return single(text);
    }

    /** A UN date of birth: ISO date or year, a year range, or an approximation of either. */
    static String fromParts(String typeOfDate, String date, String year, String fromYear, String toYear) {
        String value;
        if (date != null) value = date;
        else if (year != null) value = year;
        else if (fromYear != null && toYear != null) value = fromYear + " to " + toYear;
        else if (fromYear != null) value = fromYear;
        else if (toYear != null) value = toYear;
        else return null;
        boolean approximate = "APPROXIMATELY".equalsIgnoreCase(typeOfDate);
        return approximate ? "circa " + value : value;
    }

    private static String single(String text) {
        if (ISO.matcher(text).matches()) return text;
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.matches() && month(dmy.group(2)) != null) {
            return dmy.group(3) + "-" + month(dmy.group(2)) + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(dmy.group(1)));
        }
        Matcher my = MONTH_YEAR.matcher(text);
        if (my.matches() && month(my.group(1)) != null) return my.group(2) + "-" + month(my.group(1));
        return text;
    }

    private static String month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }
}
