package dev.tandem.clock;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.calendar.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When reminders come: two working days before, counted in New York, weekends skipped. The calendar is the
 * application's (its constructor reads the stored holidays); no day here is a holiday of ROK or US.
 */
@dev.tandem.IntegrationTest
class ReminderScheduleTests {

    @org.springframework.beans.factory.annotation.Autowired
    WorkingCalendar calendar;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant LONG_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    private ReminderSchedule schedule;

    @org.junit.jupiter.api.BeforeEach
    void schedule() {
        schedule = new ReminderSchedule(calendar, 2, NEW_YORK);
    }

    private static Instant midnightAfter(String day) {
        return java.time.LocalDate.parse(day).plusDays(1).atStartOfDay(NEW_YORK).toInstant();
    }

    @Test
    void remindsTwoWorkingDaysBeforeADeadlineAtTheEndOfAFriday() {
        // Friday 2026-12-04 ends: the reminder comes as Wednesday ends, leaving Thursday and Friday
        assertThat(schedule.remindAt(midnightAfter("2026-12-04"), Set.of("ROK", "US"), LONG_BEFORE))
                .contains(midnightAfter("2026-12-02"));
    }

    @Test
    void skipsTheWeekendBeforeADeadlineAtTheEndOfAMonday() {
        // Monday 2026-12-07 ends: Friday and Monday are the two working days, so the reminder comes as Thursday ends
        assertThat(schedule.remindAt(midnightAfter("2026-12-07"), Set.of("ROK"), LONG_BEFORE))
                .contains(midnightAfter("2026-12-03"));
    }

    @Test
    void remindsAtOnceWhenTheMomentHasPassed() {
        Instant now = Instant.parse("2026-12-04T12:00:00Z");
        assertThat(schedule.remindAt(midnightAfter("2026-12-04"), Set.of("US"), now)).contains(now);
    }

    @Test
    void remindsNobodyWithoutPartiesOrAfterTheDeadline() {
        assertThat(schedule.remindAt(midnightAfter("2026-12-04"), Set.of(), LONG_BEFORE)).isEmpty();
        assertThat(schedule.remindAt(LONG_BEFORE, Set.of("US"), LONG_BEFORE.plusSeconds(1))).isEmpty();
    }
}
