package dev.tandem.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForumTests {

    private static final LocalDate START = LocalDate.of(2018, 11, 20);

    private static Forum forum(String code) {
        return Forum.establish(code, "Forum " + code, "협의체 " + code, ForumKind.WORKING_GROUP,
                Set.of("ROK", "US"), START, null);
    }

    private static TimelineEvent event(ForumStatus status, String day) {
        return new TimelineEvent(status, LocalDate.parse(day), null);
    }

    @Test
    void startsEstablished() {
        Forum forum = forum("wg");
        assertThat(forum.status()).isEqualTo(ForumStatus.ESTABLISHED);
        assertThat(forum.establishedOn()).isEqualTo(START);
    }

    @Test
    void followsTheLiaisonOfficeStory() {
        Forum office = forum("office");
        office.record(event(ForumStatus.ACTIVE, "2018-11-20"));
        office.record(event(ForumStatus.CUT_OFF, "2020-06-09"));
        office.record(event(ForumStatus.SUSPENDED, "2020-06-16"));
        office.record(event(ForumStatus.RESTORED, "2021-07-27"));
        assertThat(office.status()).isEqualTo(ForumStatus.RESTORED);
        assertThat(office.timeline()).hasSize(5);
    }

    @Test
    void refusesAnyEventAfterTermination() {
        Forum forum = forum("wg");
        forum.record(event(ForumStatus.TERMINATED, "2021-06-23"));
        for (ForumStatus status : ForumStatus.values()) {
            assertThatThrownBy(() -> forum.record(event(status, "2021-07-01")))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("no event may follow termination");
        }
        assertThat(forum.timeline()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} cannot become {1}")
    @CsvSource({"ESTABLISHED, RESTORED", "ESTABLISHED, ESTABLISHED", "ACTIVE, ACTIVE", "ACTIVE, RESTORED",
            "CUT_OFF, ACTIVE", "RESTORED, RESTORED"})
    void refusesStatusesThatCannotFollow(ForumStatus from, ForumStatus to) {
        Forum forum = forum("wg");
        if (from != ForumStatus.ESTABLISHED) {
            if (from == ForumStatus.RESTORED) {
                forum.record(event(ForumStatus.CUT_OFF, "2019-01-01"));
            }
            forum.record(event(from, "2019-01-02"));
        }
        assertThatThrownBy(() -> forum.record(event(to, "2019-02-01")))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("status"));
    }

    @Test
    void refusesEventsOutOfDateOrder() {
        Forum forum = forum("wg");
        forum.record(event(ForumStatus.ACTIVE, "2019-03-14"));
        assertThatThrownBy(() -> forum.record(event(ForumStatus.SUSPENDED, "2019-03-13")))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("on"));
    }

    @Test
    void needsTwoParties() {
        assertThatThrownBy(() -> Forum.establish("solo", "Solo", "단독", ForumKind.ENVOY_CHANNEL, Set.of("ROK"),
                START, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("parties"));
    }

    @Test
    void handsOverOnlyWhenTerminatedAndToAnOpenSuccessor() {
        Forum group = forum("wg");
        Forum dg = forum("dg");
        assertThatThrownBy(() -> group.handOverTo(dg)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only a terminated forum hands over");
        group.record(event(ForumStatus.TERMINATED, "2021-06-23"));
        assertThatThrownBy(() -> group.handOverTo(null))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("successor"))
                .hasMessageContaining("required");
        assertThatThrownBy(() -> group.handOverTo(group)).hasMessageContaining("cannot succeed itself");

        Forum ended = forum("ended");
        ended.record(event(ForumStatus.TERMINATED, "2021-01-01"));
        assertThatThrownBy(() -> group.handOverTo(ended)).hasMessageContaining("cannot take over work");

        group.handOverTo(dg);
        assertThat(group.successorCode()).isEqualTo("dg");
        assertThatThrownBy(() -> group.handOverTo(forum("other"))).hasMessageContaining("already handed over");
    }

    @Test
    void appointsCoChairsOnlyFromItsParties() {
        Forum forum = forum("wg");
        forum.appoint(new CoChair("ROK", "Lee Do-hoon", null, START, null));
        assertThat(forum.coChairs()).extracting(CoChair::person).containsExactly("Lee Do-hoon");
        assertThatThrownBy(() -> forum.appoint(new CoChair("DPRK", "Someone", null, START, null)))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("party"));
        assertThat(forum.coChairs()).hasSize(1);
        assertThat(List.copyOf(forum.coChairs()).get(0).inOffice(START.plusDays(1))).isTrue();
    }

    @Test
    void endsThePredecessorsTermTheDayBeforeTheSuccessorTakesOffice() {
        Forum forum = forum("wg");
        forum.appoint(new CoChair("ROK", "Lee Do-hoon", null, START, null));
        forum.appoint(new CoChair("US", "Stephen Biegun", null, START, LocalDate.parse("2021-01-20")));
        forum.appoint(new CoChair("ROK", "Noh Kyu-duk", null, LocalDate.parse("2020-12-21"), null));
        forum.appoint(new CoChair("US", "Sung Kim", null, LocalDate.parse("2021-05-21"), null));
        assertThat(forum.coChairs()).extracting(CoChair::person, CoChair::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lee Do-hoon", LocalDate.parse("2020-12-20")),
                org.assertj.core.groups.Tuple.tuple("Stephen Biegun", LocalDate.parse("2021-01-20")),
                org.assertj.core.groups.Tuple.tuple("Noh Kyu-duk", null),
                org.assertj.core.groups.Tuple.tuple("Sung Kim", null));
        LocalDate handover = LocalDate.parse("2020-12-21");
        assertThat(forum.coChairs()).filteredOn(c -> c.party().equals("ROK") && c.inOffice(handover))
                .extracting(CoChair::person).containsExactly("Noh Kyu-duk");
    }

    @Test
    void refusesATermThatDoesNotFollowThePredecessors() {
        Forum forum = forum("wg");
        forum.appoint(new CoChair("ROK", "Noh Kyu-duk", null, LocalDate.parse("2020-12-21"), null));
        assertThatThrownBy(() -> forum.appoint(new CoChair("ROK", "Lee Do-hoon", null, START, null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).key())
                        .isEqualTo("refusal.forum.termBeforePredecessor"));
        assertThatThrownBy(() -> forum.appoint(new CoChair("US", "Someone", null, START.minusDays(1), null)))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("from"));
        assertThat(forum.coChairs()).extracting(CoChair::to).containsOnlyNulls();
    }

    @Test
    void refusesAnAppointmentOnceTerminated() {
        Forum forum = forum("wg");
        forum.record(event(ForumStatus.TERMINATED, "2021-06-23"));
        assertThatThrownBy(() -> forum.appoint(new CoChair("ROK", "Someone", null, LocalDate.parse("2021-07-01"), null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("status"))
                .hasMessageContaining("terminated on 2021-06-23");
        assertThat(forum.coChairs()).isEmpty();
    }
}
