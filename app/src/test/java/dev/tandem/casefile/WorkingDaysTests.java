package dev.tandem.casefile;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2019-01-07, 5, 2019-01-14",   // Monday + 5 → next Monday
            "2019-01-11, 1, 2019-01-14",   // Friday + 1 → Monday
            "2019-01-12, 1, 2019-01-14",   // Saturday + 1 → Monday
            "2019-01-07, 0, 2019-01-07",
            "2018-12-20, 10, 2019-01-03"})
    void skipsWeekends(LocalDate start, int days, LocalDate expected) {
        assertThat(WorkingDays.after(start, days)).isEqualTo(expected);
    }
}
