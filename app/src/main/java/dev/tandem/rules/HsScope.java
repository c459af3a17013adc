package dev.tandem.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The HS codes a rule covers: entries that are a chapter ("84"), heading ("8704"), subheading ("2805.30") or
 * longer national code, or a range of entries of one length ("72-83", "5701-5705"), minus excepted entries. An
 * item's code is covered when its first digits fall in an entry. A code shorter than an entry is not covered by
 * it: "2709" is not inside "2709.00.10" (it might be crude oil or a condensate), so rules that need the finer code
 * say so in their notes.
 */
final class HsScope {

    private final List<Range> include;
    private final List<Range> exclude;

    private HsScope(List<Range> include, List<Range> exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    /** Parses the entries; throws {@link IllegalArgumentException} naming the first malformed one. */
    static HsScope of(List<String> include, List<String> exclude) {
        if (include.isEmpty()) {
            throw new IllegalArgumentException("hs must name at least one chapter, heading or range");
        }
        return new HsScope(ranges(include), ranges(exclude));
    }

    boolean covers(String digits) {
        return covered(include, digits) && !covered(exclude, digits);
    }

    private static boolean covered(List<Range> ranges, String digits) {
        for (Range range : ranges) {
            if (range.covers(digits)) {
                return true;
            }
        }
        return false;
    }

    private static List<Range> ranges(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            String[] ends = entry.split("-", -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException("'" + entry + "' is not an HS entry or range");
            }
            String low = entryDigits(entry, ends[0]);
            String high = ends.length == 2 ? entryDigits(entry, ends[1]) : low;
            if (low.length() != high.length() || low.compareTo(high) > 0) {
                throw new IllegalArgumentException("'" + entry + "': a range needs two ends of one length, low first");
            }
            ranges.add(new Range(low, high));
        }
        return List.copyOf(ranges);
    }

    private static String entryDigits(String entry, String end) {
        String digits = end.strip().replace(".", "");
        if (!digits.matches("\\d+") || digits.length() % 2 != 0 || digits.length() > 10) {
            throw new IllegalArgumentException("'" + entry + "' is not an HS entry: use 2, 4, 6, 8 or 10 digits");
        }
        return digits;
    }

    private record Range(String low, String high) {

        boolean covers(String digits) {
            if (digits.length() < low.length()) {
                return false;
            }
            String prefix = digits.substring(0, low.length());
            return prefix.compareTo(low) >= 0 && prefix.compareTo(high) <= 0;
        }
    }
}
