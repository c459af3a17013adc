package dev.tandem.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.stereotype.Component;

/**
 * Counts working days for a set of parties: a day is a working day when it is a working day for every one of them
 * (a clock that waits on two parties' answers must not run on a day either of them is closed).
 */
@Component
public class WorkingCalendar {

    /** The day {@code days} working days after {@code start} (start itself not counted). */
    public LocalDate addWorkingDays(LocalDate start, int days, Collection<String> parties) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, parties)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to, Collection<String> parties) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, parties)) {
                count++;
            }
        }
        return count;
    }

    public boolean isWorkingDay(LocalDate day, Collection<String> parties) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
