package dev.tandem.forum;

import java.time.LocalDate;

/**
 * A person who co-chaired a forum for a party, from a day until a day (open-ended while in office).
 */
public record CoChair(String party, String person, String title, LocalDate from, LocalDate to) {

    public boolean inOffice(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether the term runs on {@code day} or later (open-ended terms run on every later day). */
    boolean inOfficeOnOrAfter(LocalDate day) {
        return to == null || !to.isBefore(day);
    }

    /** The same term, ended on {@code last} (the day before a successor takes office). */
    CoChair endingOn(LocalDate last) {
        return new CoChair(party, person, title, from, last);
    }
}
