package dev.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTests {

    @Test
    void ranksTheNearestDurationThatAtLeastPOfTheCasesDidNotExceed() {
        Durations d = new Durations();
        for (int days = 1; days <= 10; days++) {
            d.add(days, days, 1);
        }
        // 0.5 * 10 = the 5th, 0.9 * 10 = the 9th (not the 10th by a rounding of 0.9 * 10)
        assertThat(d.days(50)).isEqualTo(5);
        assertThat(d.days(90)).isEqualTo(9);
        assertThat(d.cases()).isEqualTo(10);
    }

    @Test
    void countsCasesOfTheSameDurationTogetherAndRoundsTheRankUp() {
        Durations d = new Durations();
        d.add(30, 21, 1);
        d.add(2, 1, 1);
        d.add(4, 2, 1);
        // 3 cases: ceil(1.5) = the 2nd, ceil(2.7) = the 3rd
        assertThat(d.days(50)).isEqualTo(4);
        assertThat(d.days(90)).isEqualTo(30);
        assertThat(d.workingDays(90)).isEqualTo(21);
        Durations many = new Durations();
        many.add(7, 5, 999);
        many.add(100, 70, 1);
        assertThat(many.days(90)).isEqualTo(7);
        assertThat(many.cases()).isEqualTo(1000);
    }

    @Test
    void leavesOutCasesWithoutWorkingDaysAndAnswersNothingForNoCases() {
        Durations d = new Durations();
        assertThat(d.days(50)).isNull();
        d.add(3, null, 2);
        assertThat(d.days(50)).isEqualTo(3);
        assertThat(d.workingDays(50)).isNull();
    }
}
