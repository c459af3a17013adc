package dev.tandem.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Working days over one stretch of time for one set of parties, with their days off read once: a report that counts
 * the working days of 100,000 cases asks the database once, not 100,000 times. A running total per day answers any
 * count inside the stretch in constant time.
 */
public final class WorkingDayCount {

    private final LocalDate first;
    /** {@code worked[i]}: working days from {@code first} up to and including {@code first + i}. */
    private final int[] worked;

    WorkingDayCount(LocalDate first, LocalDate last, Set<LocalDate> closed) {
        this.first = first;
        this.worked = new int[(int) ChronoUnit.DAYS.between(first, last) + 1];
        int total = 0;
        LocalDate day = first;
        for (int i = 0; i < worked.length; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day, closed)) {
                total++;
            }
            worked[i] = total;
        }
    }

    /**
     * Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after
     * {@code from}. Both days must lie in the stretch this count was made for.
     */
    public int between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return worked[index(to)] - worked[index(from)];
    }

    private int index(LocalDate day) {
        long i = ChronoUnit.DAYS.between(first, day);
        if (i < 0 || i >= worked.length) {
            throw new IllegalArgumentException(day + " lies outside " + first + " to " + first.plusDays(worked.length - 1));
        }
        return (int) i;
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> closed) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !closed.contains(day);
    }
}
