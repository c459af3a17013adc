package dev.tandem.screening.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds IMO numbers in a query: "IMO 1234567", "IMO: 1234567", "IMO1234567" always; a bare seven-digit number only
 * when the query is for a vessel. The check digit is not enforced, because lists also give IMO company numbers
 * (ship owners and managers), which have none.
 */
final class ImoNumbers {

    private static final Pattern LABELLED = Pattern.compile("(?i)\\bIMO\\s*(?:No\\.?|Number)?\\s*[:#]?\\s*(\\d{7})(?!\\d)");
    private static final Pattern BARE = Pattern.compile("(?<![\\d])(\\d{7})(?![\\d])");

    private ImoNumbers() {
    }

    /** The IMO numbers in the text and the text with them removed. */
    record Found(List<String> numbers, String rest) {
    }

    static Found find(String text, boolean vessel) {
        List<String> numbers = new ArrayList<>();
        String rest = remove(LABELLED.matcher(text), numbers);
        if (vessel) rest = remove(BARE.matcher(rest), numbers);
        return new Found(List.copyOf(numbers), rest);
    }

    private static String remove(Matcher m, List<String> numbers) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!numbers.contains(m.group(1))) numbers.add(m.group(1));
            m.appendReplacement(out, " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The seven-digit IMO numbers of an entry, as listed ("IMO 1234567" or "1234567"). */
    static List<String> normalise(List<String> listed) {
        List<String> out = new ArrayList<>();
        for (String value : listed) {
            Matcher m = BARE.matcher(value);
            while (m.find()) if (!out.contains(m.group(1))) out.add(m.group(1));
        }
        return out;
    }
}
