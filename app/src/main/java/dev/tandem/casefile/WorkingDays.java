package dev.tandem.casefile;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Service-level clocks count working days: Monday to Friday. Public holidays of the parties are not yet counted
 * out (a clock may end a day or two early around Chuseok or Thanksgiving).
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code start}. */
    static LocalDate after(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
