package dev.tandem.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The totals of the case list's filters, remembered until a case changes. Counting 90,000 submitted cases on every
 * page cost more than the page itself (ADR 0020); a total is valid while the head of {@link CaseSearchLog}, which
 * every saved case moves, stays where it was when the total was counted. Log numbers can commit out of order, so a
 * total is also forgotten after a minute, the same patience the search index has for a missing number.
 */
@Component
class ListTotals {

    private static final int FILTERS = 1000;
    private static final Duration AT_MOST = Duration.ofMinutes(1);

    private record Total(long logHead, long total, Instant countedAt) {
    }

    private final Clock clock;
    private final Map<String, Total> totals = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Total> eldest) {
            return size() > FILTERS;
        }
    };

    ListTotals(Clock clock) {
        this.clock = clock;
    }

    /** The total counted for the filter at this log head, or -1 when it must be counted. */
    synchronized long known(String filter, long logHead) {
        Total total = totals.get(filter);
        if (total == null || total.logHead() != logHead
                || Duration.between(total.countedAt(), clock.instant()).compareTo(AT_MOST) > 0) {
            return -1;
        }
        return total.total();
    }

    synchronized void counted(String filter, long logHead, long total) {
        totals.put(filter, new Total(logHead, total, clock.instant()));
    }
}
