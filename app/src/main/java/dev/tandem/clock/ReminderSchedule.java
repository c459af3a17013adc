package dev.tandem.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

import dev.tandem.calendar.WorkingCalendar;

/**
 * When a deadline's reminder comes: the configured number of working days (of the parties reminded) before the
 * deadline, at the same time of day. The deadline's day is the day on which its last moment falls in the reminder
 * zone (a deadline at midnight ends the day before it), so "two working days before" leaves the parties two whole
 * working days; a reminder whose moment has passed when the deadline is set comes at once.
 */
class ReminderSchedule {

    /** A year without enough working days means broken holiday data, not a reason to loop for ever. */
    private static final int MAX_DAYS_BACK = 400;

    private final WorkingCalendar calendar;
    private final int workingDays;
    private final ZoneId zone;

    ReminderSchedule(WorkingCalendar calendar, int workingDays, ZoneId zone) {
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.zone = zone;
    }

    /** The moment to remind, or empty for a deadline without parties to remind or one already due. */
    Optional<Instant> remindAt(Instant dueAt, Set<String> parties, Instant now) {
        if (parties == null || parties.isEmpty() || !dueAt.isAfter(now)) {
            return Optional.empty();
        }
        ZonedDateTime due = dueAt.atZone(zone);
        LocalDate lastDay = dueAt.minusNanos(1).atZone(zone).toLocalDate();
        // step back whole days until the days between the reminder and the deadline hold the working days wanted
        int back = 0;
        while (back < MAX_DAYS_BACK
                && calendar.workingDaysBetween(lastDay.minusDays(back), lastDay, parties) < workingDays) {
            back++;
        }
        Instant remind = due.minusDays(back).toInstant();
        return Optional.of(remind.isBefore(now) ? now : remind);
    }
}
