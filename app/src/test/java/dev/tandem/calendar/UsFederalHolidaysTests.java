package dev.tandem.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsFederalHolidaysTests {

    /** OPM, "Federal Holidays" for 2019 (opm.gov/policy-data-oversight/pay-leave/federal-holidays). */
    private static final List<String> OPM_2019 = List.of(
            "2019-01-01", // New Year's Day
            "2019-01-21", // Birthday of Martin Luther King, Jr.
            "2019-02-18", // Washington's Birthday
            "2019-05-27", // Memorial Day
            "2019-07-04", // Independence Day
            "2019-09-02", // Labor Day
            "2019-10-14", // Columbus Day
            "2019-11-11", // Veterans Day
            "2019-11-28", // Thanksgiving Day
            "2019-12-25"); // Christmas Day

    /** OPM, "Federal Holidays" for 2020: Independence Day (a Saturday) observed on Friday 3 July. */
    private static final List<String> OPM_2020 = List.of(
            "2020-01-01", "2020-01-20", "2020-02-17", "2020-05-25",
            "2020-07-03", // Independence Day, observed
            "2020-09-07", "2020-10-12", "2020-11-11", "2020-11-26", "2020-12-25");

    @Test
    void matchesOpmsListOf2019() {
        assertThat(days(2019)).containsExactlyElementsOf(OPM_2019.stream().map(LocalDate::parse).toList());
    }

    @Test
    void matchesOpmsListOf2020() {
        assertThat(days(2020)).containsExactlyElementsOf(OPM_2020.stream().map(LocalDate::parse).toList());
    }

    @Test
    void observesJuneteenthFrom2021AndNewYearsDayOnASaturdayInTheYearBefore() {
        assertThat(days(2020)).noneMatch(d -> d.getMonthValue() == 6);
        assertThat(days(2021)).contains(LocalDate.of(2021, 6, 18));      // 19 June 2021 was a Saturday
        assertThat(days(2022)).contains(LocalDate.of(2021, 12, 31))      // 1 January 2022 was a Saturday
                .doesNotContain(LocalDate.of(2022, 1, 1));
        assertThat(days(2023)).contains(LocalDate.of(2023, 1, 2));       // 1 January 2023 was a Sunday
    }

    @Test
    void leavesOutInaugurationDay() {
        assertThat(days(2021)).doesNotContain(LocalDate.of(2021, 1, 20));
    }

    private static List<LocalDate> days(int year) {
        return UsFederalHolidays.of(year).stream().map(Holiday::day).toList();
    }
}
