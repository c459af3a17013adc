package dev.tandem.casefile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.IntegrationTest;
import dev.tandem.calendar.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ClearanceClocksIntegrationTests {

    @Autowired
    CaseFiles files;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTheWorkingDaysOfBothPartiesOfTheForumInEveryClearanceClock() {
        List<String> refs = jdbc.sql("SELECT ref FROM case_file WHERE status <> 'DRAFT' "
                        // the demo forums are ROK and US; other tests bring forums of their own
                        + "AND forum_code IN ('rok-us-working-group', 'rok-us-dg-consultation') ORDER BY id")
                .query(String.class).list();
        assertThat(refs).isNotEmpty();
        int movedByHolidays = 0;
        for (String ref : refs) {
            for (Clearance c : files.byRef(ref).orElseThrow().clearances()) {
                // every demo forum is one of ROK and US
                assertThat(c.dueOn()).as(ref + " " + c.authority())
                        .isEqualTo(calendar.addWorkingDays(c.startedOn(), c.workingDays(), Set.of("ROK", "US")));
                if (!c.dueOn().equals(weekdaysAfter(c.startedOn(), c.workingDays()))) {
                    movedByHolidays++;
                }
            }
        }
        // e.g. the video reunions, filed 2019-02-25: their clock runs over 1 March (Independence Movement Day)
        assertThat(movedByHolidays).isPositive();
    }

    private static LocalDate weekdaysAfter(LocalDate start, int days) {
        LocalDate day = start;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
