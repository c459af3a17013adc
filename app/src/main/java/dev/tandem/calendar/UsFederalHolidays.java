package dev.tandem.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The legal public holidays of the United States federal government in one year, 5 U.S.C. 6103(a), on the day they
 * are observed: a holiday on a Saturday is observed on the Friday before, one on a Sunday on the Monday after
 * (6103(b) and Executive Order 11582), so New Year's Day of a year may be observed on 31 December of the year
 * before. Juneteenth from 2021 (Pub. L. 117-17, observed on Friday 18 June 2021).
 * <p>
 * Leaves out Inauguration Day (6103(c)): a holiday only for employees in the District of Columbia and nearby
 * counties, not for the federal government's answers. Closures by executive order (a Christmas Eve, a national
 * day of mourning) are one-off data an administrator adds.
 */
final class UsFederalHolidays {

    static final String PARTY = "US";
    private static final String LAW = "5 U.S.C. 6103(a)";
    private static final String OBSERVED = "5 U.S.C. 6103(a), (b); Executive Order 11582";

    private UsFederalHolidays() {
    }

    /** The holidays of {@code year}, each on the day it is observed (which may fall in the year before). */
    static List<Holiday> of(int year) {
        List<Holiday> holidays = new ArrayList<>();
        fixed(holidays, LocalDate.of(year, 1, 1), "New Year's Day", "새해 첫날");
        holidays.add(legal(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Birthday of Martin Luther King, Jr.",
                "마틴 루서 킹 주니어 탄생일"));
        holidays.add(legal(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday", "워싱턴 탄생일"));
        holidays.add(legal(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Memorial Day", "메모리얼 데이"));
        if (year >= 2021) {
            fixed(holidays, LocalDate.of(year, 6, 19), "Juneteenth National Independence Day", "준틴스 독립기념일");
        }
        fixed(holidays, LocalDate.of(year, 7, 4), "Independence Day", "독립기념일");
        holidays.add(legal(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day", "노동절"));
        holidays.add(legal(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Columbus Day", "콜럼버스의 날"));
        fixed(holidays, LocalDate.of(year, 11, 11), "Veterans Day", "재향군인의 날");
        holidays.add(legal(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day", "추수감사절"));
        fixed(holidays, LocalDate.of(year, 12, 25), "Christmas Day", "크리스마스");
        holidays.sort(Comparator.comparing(Holiday::day));
        return holidays;
    }

    private static void fixed(List<Holiday> holidays, LocalDate day, String en, String ko) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            holidays.add(new Holiday(PARTY, day.minusDays(1), en + " (observed)", ko + " (대체)", HolidayKind.STATUTORY, OBSERVED));
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            holidays.add(new Holiday(PARTY, day.plusDays(1), en + " (observed)", ko + " (대체)", HolidayKind.STATUTORY, OBSERVED));
        } else {
            holidays.add(legal(day, en, ko));
        }
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek dayOfWeek) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
    }

    private static Holiday legal(LocalDate day, String en, String ko) {
        return new Holiday(PARTY, day, en, ko, HolidayKind.STATUTORY, LAW);
    }
}
