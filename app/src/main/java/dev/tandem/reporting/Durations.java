package dev.tandem.reporting;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many decided cases waited how long, as the database counted them (a histogram: days to their number), ranked
 * here: the nearest-rank percentile is the smallest duration that at least p of the cases did not exceed, the value
 * {@code PERCENTILE_DISC} gives. Counting by duration lets the database group by hash instead of sorting 100,000 rows
 * for each percentile; the histogram has a few hundred entries whatever the number of cases.
 */
final class Durations {

    private final Map<Integer, Long> days = new TreeMap<>();
    private final Map<Integer, Long> workingDays = new TreeMap<>();
    private long cases;

    /** {@code count} cases that waited {@code days} calendar days and {@code workingDays} working days (or null). */
    void add(int days, Integer workingDays, long count) {
        this.days.merge(days, count, Long::sum);
        if (workingDays != null) {
            this.workingDays.merge(workingDays, count, Long::sum);
        }
        cases += count;
    }

    long cases() {
        return cases;
    }

    Integer days(int percent) {
        return nearestRank(days, percent);
    }

    Integer workingDays(int percent) {
        return nearestRank(workingDays, percent);
    }

    private static Integer nearestRank(Map<Integer, Long> histogram, int percent) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        // the rank ceil(p * n), in integers so that 90 % of 10 is the 9th and not, by rounding, the 10th
        long rank = (percent * total + 99) / 100;
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank && seen > 0) {
                return entry.getKey();
            }
        }
        return null;
    }
}
