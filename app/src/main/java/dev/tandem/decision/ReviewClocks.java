package dev.tandem.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.stereotype.Component;

import dev.tandem.calendar.WorkingCalendar;

/**
 * Working-day clocks for the parties that must answer: the last day of a window or procedure, and the moment it
 * ends (midnight at the end of that day where it ends last, so every party has its whole day).
 */
@Component
class ReviewClocks {

    private final WorkingCalendar calendar;

    ReviewClocks(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Review.Days of(Collection<String> parties) {
        return new Review.Days() {
            @Override
            public LocalDate after(LocalDate start, int days) {
                return calendar.addWorkingDays(start, days, parties);
            }

            @Override
            public int between(LocalDate from, LocalDate to) {
                return calendar.workingDaysBetween(from, to, parties);
            }
        };
    }

    Instant endOf(LocalDate day, Collection<String> parties) {
        return day == null ? null : calendar.endOfDay(day, parties);
    }
}
