package dev.tandem.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Counts working days for a set of parties: a day is a working day when it is a working day for every one of them
 * (a clock that waits on two parties' answers must not run on a day either of them is closed). A party's days off
 * are Saturdays, Sundays and its public holidays as stored ({@link HolidayManagement}); they are read from the
 * database on each call, so every node sees an administrator's change at once.
 */
@Component
public class WorkingCalendar {

    /** Holidays are read for this many days at a time while counting forward. */
    private static final int WINDOW_DAYS = 120;

    private final PublicHolidays holidays;
    private final PartyZones zones;

    WorkingCalendar(PublicHolidays holidays, PartyZones zones) {
        this.holidays = holidays;
        this.zones = zones;
    }

    /** The day {@code days} working days after {@code start} (start itself not counted). */
    public LocalDate addWorkingDays(LocalDate start, int days, Collection<String> parties) {
        LocalDate day = start;
        int left = days;
        LocalDate windowEnd = start;
        Set<LocalDate> closed = Set.of();
        while (left > 0) {
            day = day.plusDays(1);
            if (day.isAfter(windowEnd)) {
                windowEnd = day.plusDays(WINDOW_DAYS);
                closed = holidays.closedDays(parties, day, windowEnd);
            }
            if (WorkingDayCount.isWorkingDay(day, closed)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to, Collection<String> parties) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return counting(from, to, parties).between(from, to);
    }

    /** The parties' working days from {@code first} to {@code last}, read once, for counting many spans inside. */
    public WorkingDayCount counting(LocalDate first, LocalDate last, Collection<String> parties) {
        return new WorkingDayCount(first, last, holidays.closedDays(parties, first, last));
    }

    public boolean isWorkingDay(LocalDate day, Collection<String> parties) {
        return WorkingDayCount.isWorkingDay(day, holidays.closedDays(parties, day, day));
    }

    /**
     * When a deadline on {@code day} ends: midnight at the end of that day in the westernmost party's zone (the
     * latest of the parties' midnights), so that every party has its whole day. No parties: midnight UTC.
     */
    public Instant endOfDay(LocalDate day, Collection<String> parties) {
        Instant end = day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        boolean first = true;
        for (String party : parties) {
            Instant partyEnd = day.plusDays(1).atStartOfDay(zoneOf(party)).toInstant();
            if (first || partyEnd.isAfter(end)) {
                end = partyEnd;
                first = false;
            }
        }
        return end;
    }

    /** The zone a party keeps office hours in (ROK Asia/Seoul, US America/New_York); UTC for one not on record. */
    public ZoneId zoneOf(String party) {
        return zones.orUtc(party);
    }
}
