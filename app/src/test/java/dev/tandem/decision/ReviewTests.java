package dev.tandem.decision;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of one clearance, on fixed days (weekends off; the calendar module adds holidays behind the same count). */
class ReviewTests {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final Set<String> PARTIES = Set.of("ROK", "US");
    private static final Review.Days WEEKDAYS = closedOn();

    /** Weekdays count, except the given holidays. */
    private static Review.Days closedOn(LocalDate... holidays) {
        Set<LocalDate> closed = Set.of(holidays);
        return new Review.Days() {
            @Override
            public LocalDate after(LocalDate start, int days) {
                LocalDate day = start;
                for (int left = days; left > 0; ) {
                    day = day.plusDays(1);
                    if (working(day)) {
                        left--;
                    }
                }
                return day;
            }

            @Override
            public int between(LocalDate from, LocalDate to) {
                int n = 0;
                for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                    n += working(d) ? 1 : 0;
                }
                return n;
            }

            private boolean working(LocalDate d) {
                return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                        && !closed.contains(d);
            }
        };
    }

    private static Review review(String authority, String rule) {
        return Review.open("T-2026-0001", "Tamiflu", 0, authority, "wg", PARTIES, Set.of("US"),
                new Review.Rules(rule, true, 5, 5), day("2026-11-02"), WEEKDAYS);
    }

    private static Position says(String party, PositionKind kind, String text) {
        return new Position(party, kind, text, party.toLowerCase() + ".cochair", false, 0, NOW);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void clearsAPartnerNoticeWhenTheWindowPassesInSilence() {
        Review notice = review("PARTNER_NOTICE", "NO_OBJECTION");
        assertThat(notice.stage()).isEqualTo(Stage.NOTICE);
        assertThat(notice.dueOn()).isEqualTo(day("2026-11-09"));
        assertThat(notice.lapse(day("2026-11-06"), NOW)).isFalse();
        assertThat(notice.lapse(day("2026-11-09"), NOW)).isTrue();
        assertThat(notice.stage()).isEqualTo(Stage.DECIDED);
        assertThat(notice.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(notice.outcomeReason()).contains("no objection from US");
    }

    @Test
    void sendsAPartnerNoticeToTheForumWhenThePartnerObjects() {
        Review notice = review("PARTNER_NOTICE", "NO_OBJECTION");
        assertThatThrownBy(() -> notice.take(says("US", PositionKind.OBJECT, " "), day("2026-11-03"), WEEKDAYS, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("an objection needs its reason");
        assertThatThrownBy(() -> notice.take(says("ROK", PositionKind.OBJECT, "no"), day("2026-11-03"), WEEKDAYS, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("does not ask party ROK");
        notice.take(says("US", PositionKind.OBJECT, "The trucks need a joint look"), day("2026-11-03"), WEEKDAYS, NOW);
        assertThat(notice.stage()).isEqualTo(Stage.QUEUED);
        assertThat(notice.dueOn()).isNull();
        assertThat(notice.lapse(day("2026-11-09"), NOW)).isFalse();
    }

    @Test
    void approvesAProcedureOnSilenceAtItsDeadline() {
        Review item = review("FORUM_REVIEW", "NO_OBJECTION");
        item.circulate(day("2026-11-02"), WEEKDAYS);
        assertThat(item.dueOn()).isEqualTo(day("2026-11-09"));
        item.take(says("ROK", PositionKind.CONCUR_WITH_CONDITIONS, "Report on delivery"), day("2026-11-03"),
                WEEKDAYS, NOW);
        assertThat(item.lapse(day("2026-11-09"), NOW)).isTrue();
        assertThat(item.outcome()).isEqualTo(Outcome.APPROVED_WITH_CONDITIONS);
        assertThat(item.conditions()).isEqualTo("ROK: Report on delivery");
    }

    @Test
    void endsAProcedureOnAnObjectionAndReturnsTheItemToTheQueue() {
        Review item = review("FORUM_REVIEW", "NO_OBJECTION");
        item.circulate(day("2026-11-02"), WEEKDAYS);
        item.take(says("US", PositionKind.OBJECT, "Dual use"), day("2026-11-04"), WEEKDAYS, NOW);
        assertThat(item.stage()).isEqualTo(Stage.QUEUED);
        assertThat(item.dueOn()).isNull();
        assertThat(item.lapse(day("2026-11-09"), NOW)).isFalse();
    }

    @Test
    void stopsTheClockOnAHoldAndDoesNotCountItsDays() {
        Review item = review("FORUM_REVIEW", "NO_OBJECTION");
        item.circulate(day("2026-11-02"), WEEKDAYS); // Monday; 5 working days: due Monday 9 November
        item.take(says("US", PositionKind.HOLD, null), day("2026-11-04"), WEEKDAYS, NOW); // Wednesday
        assertThat(item.dueOn()).isNull();
        assertThat(item.remainingDays()).isEqualTo(3); // Thursday, Friday, Monday were left
        assertThat(item.lapse(day("2026-11-09"), NOW)).isFalse();
        item.take(says("ROK", PositionKind.CONCUR, null), day("2026-11-06"), WEEKDAYS, NOW);
        assertThat(item.dueOn()).as("another party's concurrence does not lift a hold").isNull();
        item.take(says("US", PositionKind.CONCUR, null), day("2026-11-11"), WEEKDAYS, NOW); // lifted Wednesday
        // every party concurred: decided at once
        assertThat(item.stage()).isEqualTo(Stage.DECIDED);
    }

    @Test
    void movesTheDeadlineByTheHeldWorkingDaysWhenTheHoldIsLifted() {
        Review item = review("FORUM_REVIEW", "NO_OBJECTION");
        item.circulate(day("2026-11-02"), WEEKDAYS);
        item.take(says("US", PositionKind.HOLD, null), day("2026-11-04"), WEEKDAYS, NOW);
        item.take(says("US", PositionKind.CONCUR_WITH_CONDITIONS, "Monitoring visit"), day("2026-11-11"),
                WEEKDAYS, NOW);
        // held Thursday 5 to Wednesday 11 (5 working days): the deadline moves from Monday 9 to Monday 16
        assertThat(item.dueOn()).isEqualTo(day("2026-11-16"));
        assertThat(item.stage()).isEqualTo(Stage.PROCEDURE);
        assertThat(item.lapse(day("2026-11-16"), NOW)).isTrue();
        assertThat(item.outcome()).isEqualTo(Outcome.APPROVED_WITH_CONDITIONS);
    }

    @Test
    void refusesACirculationWhenTheCharterDecidesAtSessions() {
        Review item = review("FORUM_REVIEW", "CONSENSUS_OF_CO_CHAIRS");
        assertThatThrownBy(() -> item.circulate(day("2026-11-02"), WEEKDAYS))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("decides at sessions");
    }

    @Test
    void decidesAtASessionByConsensusOfTheCoChairsPresent() {
        Review item = review("FORUM_REVIEW", "CONSENSUS_OF_CO_CHAIRS");
        item.takeUpAtSession(7L);
        item.take(says("ROK", PositionKind.CONCUR, null), day("2026-11-03"), WEEKDAYS, NOW);
        item.take(says("US", PositionKind.HOLD, null), day("2026-11-03"), WEEKDAYS, NOW);
        assertThat(item.recordAtSession(PARTIES, null, NOW)).isEqualTo(Outcome.DEFERRED);
        assertThat(item.stage()).isEqualTo(Stage.QUEUED);
        item.takeUpAtSession(8L);
        item.take(says("US", PositionKind.CONCUR, null), day("2026-11-10"), WEEKDAYS, NOW);
        assertThat(item.recordAtSession(Set.of("ROK"), null, NOW)).as("a party absent").isEqualTo(Outcome.DEFERRED);
        item.takeUpAtSession(9L);
        assertThat(item.recordAtSession(PARTIES, "Tamiflu cleared", NOW)).isEqualTo(Outcome.APPROVED);
        assertThat(item.stage()).isEqualTo(Stage.DECIDED);
    }

    @Test
    void rejectsAtASessionWhenAPartyPresentObjects() {
        Review item = review("FORUM_REVIEW", "CONSENSUS_OF_CO_CHAIRS");
        item.takeUpAtSession(7L);
        item.take(says("ROK", PositionKind.CONCUR, null), day("2026-11-03"), WEEKDAYS, NOW);
        item.take(says("US", PositionKind.OBJECT, "Trucks are vehicles under 2397 para 7"), day("2026-11-03"),
                WEEKDAYS, NOW);
        assertThat(item.recordAtSession(PARTIES, null, NOW)).isEqualTo(Outcome.REJECTED);
        assertThat(item.outcomeReason()).contains("objection by US");
    }

    @Test
    void countsANoticesWindowAgainWhenAHolidayFallsInsideIt() {
        Review notice = review("PARTNER_NOTICE", "NO_OBJECTION"); // Monday 2 November, due Monday 9
        assertThat(notice.recount(day("2026-11-04"), closedOn(day("2026-11-04")))).isTrue();
        assertThat(notice.dueOn()).isEqualTo(day("2026-11-10"));
        assertThat(notice.recount(day("2026-11-04"), WEEKDAYS)).as("the holiday removed again").isTrue();
        assertThat(notice.dueOn()).isEqualTo(day("2026-11-09"));
        assertThat(notice.recount(day("2026-11-10"), closedOn(day("2026-11-10")))).as("after the window").isFalse();
        assertThat(notice.recount(day("2026-11-02"), closedOn(day("2026-11-02")))).as("its first day is not counted")
                .isFalse();
        assertThat(notice.dueOn()).isEqualTo(day("2026-11-09"));
    }

    @Test
    void countsAgainFromTheLiftedHoldAndNotWhileHeld() {
        Review item = review("FORUM_REVIEW", "NO_OBJECTION");
        item.circulate(day("2026-11-02"), WEEKDAYS);
        item.take(says("US", PositionKind.HOLD, null), day("2026-11-04"), WEEKDAYS, NOW);
        assertThat(item.recount(day("2026-11-05"), closedOn(day("2026-11-05")))).as("a stopped clock").isFalse();
        assertThat(item.remainingDays()).isEqualTo(3);
        item.take(says("US", PositionKind.CONCUR, null), day("2026-11-11"), WEEKDAYS, NOW); // due Monday 16
        Review.Days withFriday = closedOn(day("2026-11-03"), day("2026-11-13"));
        assertThat(item.recount(day("2026-11-03"), withFriday)).as("a day before the hold was lifted").isFalse();
        assertThat(item.dueOn()).isEqualTo(day("2026-11-16"));
        assertThat(item.recount(day("2026-11-13"), withFriday)).isTrue();
        assertThat(item.dueOn()).as("the 3 remaining days from Wednesday 11, Friday 13 off").isEqualTo(day("2026-11-17"));
    }
}
