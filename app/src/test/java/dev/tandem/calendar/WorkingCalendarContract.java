package dev.tandem.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import dev.tandem.Acting;
import dev.tandem.common.InvalidInputException;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days over the stored holidays, run on each database Tandem supports. */
abstract class WorkingCalendarContract {

    private static final Set<String> ROK = Set.of("ROK");
    private static final Set<String> US = Set.of("US");
    private static final Set<String> BOTH = Set.of("ROK", "US");

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    HolidayManagement holidays;
    @Autowired
    HolidayFileLoader loader;
    @Autowired
    Journal journal;
    @Autowired
    JdbcClient jdbc;

    @Test
    void letsChuseokMoveAKoreanDeadlineButNotAnAmericanOne() {
        // Tuesday 10 September 2019 + 3 working days: Chuseok is 12-14 September
        assertThat(calendar.addWorkingDays(LocalDate.of(2019, 9, 10), 3, ROK)).isEqualTo(LocalDate.of(2019, 9, 17));
        assertThat(calendar.addWorkingDays(LocalDate.of(2019, 9, 10), 3, US)).isEqualTo(LocalDate.of(2019, 9, 13));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2019, 9, 10), LocalDate.of(2019, 9, 17), ROK)).isEqualTo(3);
    }

    @Test
    void letsThanksgivingMoveAnAmericanDeadlineButNotAKoreanOne() {
        // Wednesday 27 November 2019 + 1 working day: Thanksgiving is Thursday the 28th
        assertThat(calendar.addWorkingDays(LocalDate.of(2019, 11, 27), 1, US)).isEqualTo(LocalDate.of(2019, 11, 29));
        assertThat(calendar.addWorkingDays(LocalDate.of(2019, 11, 27), 1, ROK)).isEqualTo(LocalDate.of(2019, 11, 28));
    }

    @Test
    void skipsTheHolidaysOfBothPartiesWhenAClockWaitsOnBoth() {
        // from Wednesday 2 October 2019: 3 Oct National Foundation Day and 9 Oct Hangul Day (ROK),
        // 14 Oct Columbus Day (US)
        LocalDate start = LocalDate.of(2019, 10, 2);
        assertThat(calendar.addWorkingDays(start, 6, ROK)).isEqualTo(LocalDate.of(2019, 10, 14));
        assertThat(calendar.addWorkingDays(start, 6, US)).isEqualTo(LocalDate.of(2019, 10, 10));
        assertThat(calendar.addWorkingDays(start, 6, BOTH)).isEqualTo(LocalDate.of(2019, 10, 15));
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 10, 14), ROK)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 10, 14), BOTH)).isFalse();
    }

    @Test
    void countsAcrossYearsAndWeekendsWithoutHolidaysOnRecord() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2019, 1, 11), 1, BOTH)).isEqualTo(LocalDate.of(2019, 1, 14));
        assertThat(calendar.addWorkingDays(LocalDate.of(2019, 1, 7), 0, BOTH)).isEqualTo(LocalDate.of(2019, 1, 7));
        // 400 working days from mid-2029 run past the shipped data (2030): weekends only from then on
        LocalDate far = calendar.addWorkingDays(LocalDate.of(2029, 6, 1), 400, ROK);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2029, 6, 1), far, ROK)).isEqualTo(400);
    }

    @Test
    void endsADeadlineAtMidnightInTheWesternmostPartysZone() {
        LocalDate day = LocalDate.of(2019, 9, 17);
        assertThat(calendar.endOfDay(day, ROK)).isEqualTo(Instant.parse("2019-09-17T15:00:00Z"));
        assertThat(calendar.endOfDay(day, US)).isEqualTo(Instant.parse("2019-09-18T04:00:00Z"));
        assertThat(calendar.endOfDay(day, BOTH)).isEqualTo(Instant.parse("2019-09-18T04:00:00Z"));
        assertThat(calendar.endOfDay(LocalDate.of(2019, 12, 17), BOTH)).isEqualTo(Instant.parse("2019-12-18T05:00:00Z"));
        assertThat(calendar.zoneOf("ROK")).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(calendar.zoneOf("US")).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void letsAnAdministratorAddAndRemoveAHolidayThatClocksFollowJournaled() {
        LocalDate wednesday = LocalDate.of(2099, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate tuesday = wednesday.minusDays(1);
        assertThat(calendar.addWorkingDays(tuesday, 1, BOTH)).isEqualTo(wednesday);

        HolidayEntry added = as("admin", "ADMINISTRATOR", () -> holidays.add(new NewHoliday("US", wednesday,
                "Day of mourning", "국가 애도의 날", HolidayKind.TEMPORARY, "Executive order (test)")));
        assertThat(added.origin()).isEqualTo(HolidayEntry.Origin.ADMIN);
        assertThat(calendar.addWorkingDays(tuesday, 1, BOTH)).isEqualTo(wednesday.plusDays(1));
        assertThat(calendar.addWorkingDays(tuesday, 1, ROK)).isEqualTo(wednesday);

        as("admin", "ADMINISTRATOR", () -> holidays.remove(added.id()));
        assertThat(calendar.addWorkingDays(tuesday, 1, BOTH)).isEqualTo(wednesday);
        assertThat(journal.entries(null, 10, "public-holiday", Long.toString(added.id())))
                .extracting(e -> e.action()).containsExactlyInAnyOrder("calendar.holiday-added", "calendar.holiday-removed");
        assertThatThrownBy(() -> as("admin", "ADMINISTRATOR", () -> holidays.remove(added.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getCodes()).containsExactly("refusal.calendar.holidayAlreadyRemoved"));
    }

    @Test
    void refusesHolidayChangesToAnyoneButAnAdministrator() {
        NewHoliday day = new NewHoliday("ROK", LocalDate.of(2099, 5, 5), "Test", "시험", HolidayKind.TEMPORARY, null);
        assertThatThrownBy(() -> as("rok.cochair", "CO_CHAIR", () -> holidays.add(day)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", "ADMINISTRATOR", () -> holidays.add(
                new NewHoliday("XX", LocalDate.of(2099, 5, 5), "Test", "시험", HolidayKind.TEMPORARY, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getCodes()).containsExactly("refusal.calendar.unknownParty"));
    }

    @Test
    void keepsARemovedShippedHolidayRemovedWhenTheFileIsLoadedAgain() {
        LocalDate christmas = LocalDate.of(2030, 12, 25);
        HolidayEntry shipped = holidays.holidays("ROK", 2030).stream()
                .filter(h -> h.day().equals(christmas)).findFirst().orElseThrow();
        assertThat(shipped.origin()).isEqualTo(HolidayEntry.Origin.SHIPPED);
        as("admin", "ADMINISTRATOR", () -> holidays.remove(shipped.id()));
        try {
            assertThat(loader.load()).as("the same file is not loaded twice").isZero();
            jdbc.sql("UPDATE holiday_file_load SET file_sha256 = NULL WHERE id = 1").update();
            assertThat(loader.load()).as("a new file adds only missing rows").isZero();
            assertThat(calendar.isWorkingDay(christmas, ROK)).isTrue();
        } finally {
            HolidayEntry restored = as("admin", "ADMINISTRATOR", () -> holidays.add(new NewHoliday("ROK", christmas,
                    shipped.nameEn(), shipped.nameKo(), shipped.kind(), shipped.source())));
            assertThat(restored.id()).isEqualTo(shipped.id());
        }
        assertThat(calendar.isWorkingDay(christmas, ROK)).isFalse();
    }

    @Test
    void shipsTheHolidaysOf2018To2030ForBothParties() {
        assertThat(holidays.holidays("ROK", 2018)).extracting(HolidayEntry::nameEn).contains("Chuseok", "Seollal");
        assertThat(holidays.holidays("US", 2030)).extracting(HolidayEntry::nameEn).contains("Thanksgiving Day");
        assertThat(holidays.holidays("ROK", 2024)).extracting(HolidayEntry::day).contains(LocalDate.of(2024, 10, 1));
    }

    /** A person of ROK (the calendar's pages are the same for either party). */
    static <T> T as(String user, String role, java.util.function.Supplier<T> work) {
        return Acting.as(user, role, "ROK", work);
    }
}
