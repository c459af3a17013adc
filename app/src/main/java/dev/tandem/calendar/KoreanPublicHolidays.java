package dev.tandem.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DangiCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * The public holidays of the Republic of Korea in one year, as the Regulations on Holidays of Government Offices
 * (관공서의 공휴일에 관한 규정) and, from 2022, the Act on Public Holidays make them: fixed-date holidays; Seollal
 * and Chuseok (three days each) and Buddha's Birthday on their dates in the Korean lunar calendar, computed with
 * ICU4J's {@link DangiCalendar}; substitute holidays by the rules in force that year; and the one-off days the
 * government designates (polling days, temporary holidays), listed here with the announcement they come from.
 * <p>
 * Substitute holidays (art. 3): from 2014 for Seollal and Chuseok when one of their days falls on a Sunday or on
 * another holiday (a Saturday does not count for them), and for Children's Day on a Saturday, a Sunday or another
 * holiday; from 2021 (amendment of July 2021, first applied to Liberation Day 2021) also for the national holidays
 * (Independence Movement Day, Liberation Day, National Foundation Day, Hangul Day) on a Saturday or Sunday; from
 * 2023 (amendment of May 2023) also for Buddha's Birthday and Christmas. The substitute is the first day after
 * that is neither a weekend day nor a holiday. New Year's Day and Memorial Day never get one.
 * <p>
 * Leaves out polling days not yet set by the National Election Commission (after 2026): an administrator adds
 * them as data when they are announced.
 */
final class KoreanPublicHolidays {

    static final String PARTY = "ROK";
    private static final String REGULATION = "Regulations on Holidays of Government Offices, art. 2";

    /** When a holiday that falls on a weekend or on another holiday gives a substitute day. */
    private enum Substitution {
        /** A Sunday or another holiday, not a Saturday (the 2013 amendment's rule for Seollal and Chuseok). */
        SUNDAY_OR_OVERLAP("Regulations on Holidays of Government Offices, art. 3 (2013 amendment)"),
        /** A Saturday, a Sunday or another holiday (who gets it from when: {@link #SUBSTITUTE_RULES}). */
        WEEKEND_OR_OVERLAP("Regulations on Holidays of Government Offices, art. 3");

        private final String source;

        Substitution(String source) {
            this.source = source;
        }
    }

    private record Entry(Holiday holiday, Substitution substitution) {
    }

    /** From {@code fromYear}, the holidays named (by their English name) get a substitute day by {@code rule}. */
    private record SubstituteRule(int fromYear, Substitution rule, Set<String> holidays) {
    }

    /** Art. 3 and its amendments: who gets a substitute day, how, and from when. */
    private static final List<SubstituteRule> SUBSTITUTE_RULES = List.of(
            new SubstituteRule(2014, Substitution.SUNDAY_OR_OVERLAP, Set.of("Seollal", "Chuseok")),
            new SubstituteRule(2014, Substitution.WEEKEND_OR_OVERLAP, Set.of("Children's Day")),
            new SubstituteRule(2021, Substitution.WEEKEND_OR_OVERLAP, Set.of("Independence Movement Day",
                    "Liberation Day", "National Foundation Day", "Hangul Day")),
            new SubstituteRule(2023, Substitution.WEEKEND_OR_OVERLAP, Set.of("Buddha's Birthday", "Christmas Day")));

    /** Polling days and temporary holidays, each with the announcement that made it one. */
    private static final List<Holiday> ONE_OFF = List.of(
            oneOff("2018-06-13", "7th local elections", "제7회 전국동시지방선거", HolidayKind.ELECTION,
                    "Public Official Election Act, art. 34; Regulations on Holidays of Government Offices, art. 2(xi)"),
            oneOff("2020-04-15", "21st National Assembly election", "제21대 국회의원선거", HolidayKind.ELECTION,
                    "Public Official Election Act, art. 34; Regulations on Holidays of Government Offices, art. 2(xi)"),
            oneOff("2020-08-17", "Temporary holiday", "임시공휴일", HolidayKind.TEMPORARY,
                    "Cabinet decision, 2020 (Ministry of the Interior and Safety announcement)"),
            oneOff("2022-03-09", "20th presidential election", "제20대 대통령선거", HolidayKind.ELECTION,
                    "Public Official Election Act, art. 34; Act on Public Holidays"),
            oneOff("2022-06-01", "8th local elections", "제8회 전국동시지방선거", HolidayKind.ELECTION,
                    "Public Official Election Act, art. 34; Act on Public Holidays"),
            oneOff("2023-10-02", "Temporary holiday", "임시공휴일", HolidayKind.TEMPORARY,
                    "Cabinet decision, 2023 (Ministry of the Interior and Safety announcement)"),
            oneOff("2024-04-10", "22nd National Assembly election", "제22대 국회의원선거", HolidayKind.ELECTION,
                    "Public Official Election Act, art. 34; Act on Public Holidays"),
            oneOff("2024-10-01", "Armed Forces Day (temporary holiday)", "국군의 날(임시공휴일)", HolidayKind.TEMPORARY,
                    "Cabinet decision, 2024 (Ministry of the Interior and Safety announcement)"),
            oneOff("2025-01-27", "Temporary holiday", "임시공휴일", HolidayKind.TEMPORARY,
                    "Cabinet decision, 2025 (Ministry of the Interior and Safety announcement)"),
            oneOff("2025-06-03", "21st presidential election", "제21대 대통령선거", HolidayKind.ELECTION,
                    "Public Official Election Act, arts. 34 and 35; Act on Public Holidays"),
            oneOff("2026-06-03", "9th local elections", "제9회 전국동시지방선거", HolidayKind.ELECTION,
                    "Public Official Election Act, art. 34; Act on Public Holidays"));

    private KoreanPublicHolidays() {
    }

    /** Every public holiday of {@code year}, by day (weekend days included: a holiday on a Sunday is listed). */
    static List<Holiday> of(int year) {
        List<Entry> entries = new ArrayList<>();
        fixed(entries, year, "01-01", "New Year's Day", "신정");
        lunarThreeDays(entries, year, 1, "Seollal", "설날");
        fixed(entries, year, "03-01", "Independence Movement Day", "삼일절");
        fixed(entries, year, "05-05", "Children's Day", "어린이날");
        entries.add(new Entry(statutory(lunar(year, 4, 8), "Buddha's Birthday", "부처님오신날"),
                substitution("Buddha's Birthday", year)));
        fixed(entries, year, "06-06", "Memorial Day", "현충일");
        fixed(entries, year, "08-15", "Liberation Day", "광복절");
        lunarThreeDays(entries, year, 8, "Chuseok", "추석");
        fixed(entries, year, "10-03", "National Foundation Day", "개천절");
        fixed(entries, year, "10-09", "Hangul Day", "한글날");
        fixed(entries, year, "12-25", "Christmas Day", "기독탄신일");
        ONE_OFF.stream().filter(h -> h.day().getYear() == year).forEach(h -> entries.add(new Entry(h, null)));
        return withSubstitutes(entries);
    }

    /** The Gregorian day of a day of the Korean lunar calendar, in the lunar year that starts in {@code year}. */
    static LocalDate lunar(int year, int month, int dayOfMonth) {
        DangiCalendar calendar = new DangiCalendar();
        calendar.setTimeZone(TimeZone.GMT_ZONE);
        // mid-year lies in the lunar year that began in this Gregorian year's January or February
        calendar.setTimeInMillis(LocalDate.of(year, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(DangiCalendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, dayOfMonth);
        return Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The rule by which the holiday gets a substitute day in {@code year}; null when it gets none. */
    private static Substitution substitution(String holiday, int year) {
        return SUBSTITUTE_RULES.stream().filter(r -> year >= r.fromYear() && r.holidays().contains(holiday))
                .map(SubstituteRule::rule).findFirst().orElse(null);
    }

    private static void fixed(List<Entry> entries, int year, String monthDay, String en, String ko) {
        LocalDate day = MonthDay.parse("--" + monthDay).atYear(year);
        entries.add(new Entry(statutory(day, en, ko), substitution(en, year)));
    }

    private static void lunarThreeDays(List<Entry> entries, int year, int month, String en, String ko) {
        Substitution substitution = substitution(en, year);
        LocalDate day = lunar(year, month, month == 1 ? 1 : 15);
        entries.add(new Entry(statutory(day.minusDays(1), "Day before " + en, ko + " 전날"), substitution));
        entries.add(new Entry(statutory(day, en, ko), substitution));
        entries.add(new Entry(statutory(day.plusDays(1), "Day after " + en, ko + " 다음날"), substitution));
    }

    /**
     * Adds the substitute days. On a weekday, one holiday keeps the day and each other one that may be substituted
     * gets a day; on a Sunday (and on a Saturday for the rules that count it) each such holiday gets one.
     */
    private static List<Holiday> withSubstitutes(List<Entry> entries) {
        Map<LocalDate, List<Entry>> byDay = new TreeMap<>();
        entries.forEach(e -> byDay.computeIfAbsent(e.holiday().day(), d -> new ArrayList<>()).add(e));
        Set<LocalDate> closed = new TreeSet<>(byDay.keySet());
        List<Holiday> result = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Entry>> day : byDay.entrySet()) {
            List<Entry> lost = new ArrayList<>();
            List<Entry> standing = new ArrayList<>();
            for (Entry e : day.getValue()) {
                result.add(e.holiday());
                (fallsOnCountedWeekend(day.getKey(), e.substitution()) ? lost : standing).add(e);
            }
            // of the holidays standing on one day, one keeps it: one that could not be substituted anyway, else
            // the fixed-date one, so that Chuseok on National Foundation Day gives a Chuseok substitute (2014 rule)
            standing.sort(java.util.Comparator.comparing(e -> e.substitution() == null ? -2 : -e.substitution().ordinal()));
            lost.addAll(standing.subList(Math.min(1, standing.size()), standing.size()));
            for (Entry e : lost) {
                if (e.substitution() == null) {
                    continue;
                }
                LocalDate substitute = day.getKey().plusDays(1);
                while (isWeekend(substitute) || closed.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                closed.add(substitute);
                String en = e.holiday().nameEn().replaceFirst("^Day (before|after) ", "");
                String ko = e.holiday().nameKo().replaceFirst(" (전날|다음날)$", "");
                result.add(new Holiday(PARTY, substitute, "Substitute holiday (" + en + ")", "대체공휴일(" + ko + ")",
                        HolidayKind.SUBSTITUTE, e.substitution().source));
            }
        }
        result.sort(java.util.Comparator.comparing(Holiday::day));
        return result;
    }

    private static boolean fallsOnCountedWeekend(LocalDate day, Substitution substitution) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY
                || day.getDayOfWeek() == DayOfWeek.SATURDAY && substitution == Substitution.WEEKEND_OR_OVERLAP;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Holiday statutory(LocalDate day, String en, String ko) {
        return new Holiday(PARTY, day, en, ko, HolidayKind.STATUTORY, REGULATION);
    }

    private static Holiday oneOff(String day, String en, String ko, HolidayKind kind, String source) {
        return new Holiday(PARTY, LocalDate.parse(day), en, ko, kind, source);
    }
}
