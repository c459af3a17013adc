package dev.tandem.calendar;

import java.time.LocalDate;

/**
 * A party's day off was added, restored or removed: published in the transaction of the change, so that whatever
 * counted working days across that day (a stored due date, a report's figure) can count again.
 */
public record HolidaysChanged(String party, LocalDate day) {
}
