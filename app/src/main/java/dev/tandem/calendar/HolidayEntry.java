package dev.tandem.calendar;

import java.time.LocalDate;
import java.util.Locale;

import dev.tandem.common.RuleViolationException;

/**
 * A public holiday as stored: shipped with the release or added by an administrator, and possibly removed (a
 * removed day stays, so that loading the shipped file again never brings it back).
 */
public record HolidayEntry(long id, String party, LocalDate day, String nameEn, String nameKo, HolidayKind kind,
                           String source, Origin origin, boolean removed, int version) {

    /** Where a holiday came from. */
    public enum Origin { SHIPPED, ADMIN }

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }

    /** The same day, no longer a holiday; refused when it already is not. */
    HolidayEntry remove() {
        if (removed) {
            throw new RuleViolationException("id", "refusal.calendar.holidayAlreadyRemoved", day, nameEn);
        }
        return new HolidayEntry(id, party, day, nameEn, nameKo, kind, source, origin, true, version + 1);
    }

    /** A removed day made a holiday again, as an administrator describes it now; refused when it still is one. */
    HolidayEntry restore(String nameKo, HolidayKind kind, String source) {
        if (!removed) {
            throw new RuleViolationException("day", "refusal.calendar.holidayExists", party, day, nameEn);
        }
        return new HolidayEntry(id, party, day, nameEn, nameKo, kind, source, origin, false, version + 1);
    }
}
