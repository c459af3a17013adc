package dev.tandem.calendar;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One public holiday of one party.
 *
 * @param party  the party's code (ROK, US)
 * @param day    the day offices are closed (for a US holiday on a weekend: the day it is observed)
 * @param nameEn its name in English
 * @param nameKo its name in Korean
 * @param kind   why the day is a holiday
 * @param source the rule or announcement that makes it one
 */
public record Holiday(String party, LocalDate day, String nameEn, String nameKo, HolidayKind kind, String source) {

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }
}
