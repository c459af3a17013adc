package dev.tandem.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanPublicHolidaysTests {

    /**
     * 2019 as announced: KASI, "2019년 월력요항" (almanac of the Korea Astronomy and Space Science Institute, June
     * 2018, which publishes the government's public holidays for the year), checked against the Ministry of the
     * Interior and Safety's list of government-office holidays. Weekend days that are holidays are listed too.
     */
    private static final List<String> OFFICIAL_2019 = List.of(
            "2019-01-01", // 신정
            "2019-02-04", "2019-02-05", "2019-02-06", // 설날 연휴
            "2019-03-01", // 삼일절
            "2019-05-05", // 어린이날 (Sunday)
            "2019-05-06", // 대체공휴일 (어린이날)
            "2019-05-12", // 부처님오신날 (Sunday; no substitute before 2023)
            "2019-06-06", // 현충일
            "2019-08-15", // 광복절
            "2019-09-12", "2019-09-13", "2019-09-14", // 추석 연휴 (Saturday gives no substitute)
            "2019-10-03", // 개천절
            "2019-10-09", // 한글날
            "2019-12-25"); // 기독탄신일

    /**
     * 2020 as announced: KASI, "2020년 월력요항" (June 2019), plus the polling day of the 21st National Assembly
     * election (2020-04-15, National Election Commission) and the temporary holiday of 2020-08-17 (cabinet decision,
     * Ministry of the Interior and Safety, July 2020).
     */
    private static final List<String> OFFICIAL_2020 = List.of(
            "2020-01-01",
            "2020-01-24", "2020-01-25", "2020-01-26", // 설날 연휴 (Sunday 26th)
            "2020-01-27", // 대체공휴일 (설날)
            "2020-03-01", // 삼일절 (Sunday; national holidays got substitutes only from 2021)
            "2020-04-15", // 제21대 국회의원선거
            "2020-04-30", // 부처님오신날
            "2020-05-05", // 어린이날
            "2020-06-06", // 현충일 (Saturday)
            "2020-08-15", // 광복절 (Saturday)
            "2020-08-17", // 임시공휴일
            "2020-09-30", "2020-10-01", "2020-10-02", // 추석 연휴
            "2020-10-03", // 개천절 (Saturday)
            "2020-10-09", // 한글날
            "2020-12-25");

    @Test
    void matchesTheOfficialCalendarOf2019() {
        assertThat(days(2019)).containsExactlyElementsOf(OFFICIAL_2019.stream().map(LocalDate::parse).toList());
    }

    @Test
    void matchesTheOfficialCalendarOf2020() {
        assertThat(days(2020)).containsExactlyElementsOf(OFFICIAL_2020.stream().map(LocalDate::parse).toList());
    }

    @ParameterizedTest(name = "lunar {1}/{2} of {0} is {3}")
    @CsvSource({
            "2018, 1, 1, 2018-02-16",   // Seollal
            "2018, 8, 15, 2018-09-24",  // Chuseok
            "2023, 1, 1, 2023-01-22",
            "2023, 4, 8, 2023-05-27",   // Buddha's Birthday
            "2025, 8, 15, 2025-10-06",
            "2030, 1, 1, 2030-02-03"})
    void computesLunarDatesWithTheKoreanCalendar(int year, int month, int day, LocalDate expected) {
        assertThat(KoreanPublicHolidays.lunar(year, month, day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: substitute holiday for {1}")
    @CsvSource({
            "2018-09-26, Chuseok",                     // Chuseok 23-25 Sept, the 23rd a Sunday (2014 rule)
            "2021-08-16, Liberation Day",              // first substitute for a national holiday (2021 rule)
            "2021-10-04, National Foundation Day",
            "2021-10-11, Hangul Day",
            "2023-01-24, Seollal",                     // Seollal 21-23 Jan, the 22nd a Sunday
            "2023-05-29, Buddha's Birthday",           // first substitute for Buddha's Birthday (2023 rule)
            "2025-03-03, Independence Movement Day",
            "2025-05-06, Buddha's Birthday",           // Buddha's Birthday on Children's Day
            "2025-10-08, Chuseok",                     // Chuseok 5-7 Oct, the 5th a Sunday; 9 Oct is Hangul Day
            "2027-12-27, Christmas Day",               // Christmas on a Saturday (2023 rule)
            "2028-10-05, Chuseok"})                    // Chuseok on National Foundation Day
    void givesSubstituteHolidaysByTheRulesOfTheYear(LocalDate day, String holiday) {
        assertThat(KoreanPublicHolidays.of(day.getYear())).anySatisfy(h -> {
            assertThat(h.day()).isEqualTo(day);
            assertThat(h.kind()).isEqualTo(HolidayKind.SUBSTITUTE);
            assertThat(h.nameEn()).isEqualTo("Substitute holiday (" + holiday + ")");
        });
    }

    @Test
    void givesNoSubstituteForASaturdayOfSeollalNorForMemorialDayOnASunday() {
        assertThat(KoreanPublicHolidays.of(2021)).noneMatch(h -> h.kind() == HolidayKind.SUBSTITUTE
                && h.day().getMonthValue() == 2);                       // Seollal 11-13 Feb 2021, the 13th a Saturday
        assertThat(KoreanPublicHolidays.of(2021)).noneMatch(h -> h.day().equals(LocalDate.of(2021, 6, 7)));
    }

    private static List<LocalDate> days(int year) {
        return KoreanPublicHolidays.of(year).stream().map(Holiday::day).distinct().toList();
    }
}
