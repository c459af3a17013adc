package dev.tandem.forum;

import java.time.LocalDate;

/**
 * A person who co-chaired a forum for a party, from a day until a day (open-ended while in office).
 */
public record CoChair(String party, String person, String title, LocalDate from, LocalDate to) {

    public boolean inOffice(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
