package dev.tandem.session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static dev.tandem.session.JointStatementTests.refusedAs;
import static dev.tandem.session.JointStatementTests.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForumSessionTests {

    private static ForumSession inSeoul() {
        return ForumSession.schedule("wg", "Second meeting", LocalDateTime.parse("2018-12-21T10:00"),
                ZoneId.of("Asia/Seoul"), 120, "Seoul", null);
    }

    @Test
    void keepsItsStartInItsOwnZone() {
        ForumSession session = inSeoul();
        assertThat(session.startsAt().toInstant()).isEqualTo(Instant.parse("2018-12-21T01:00:00Z"));
        assertThat(session.endsAt().toInstant()).isEqualTo(Instant.parse("2018-12-21T03:00:00Z"));
        assertThat(session.icalUid()).startsWith("session-").endsWith("@tandem");
    }

    @Test
    void needsAVenueOrAVideoLink() {
        assertThatThrownBy(() -> ForumSession.schedule("wg", "t", LocalDateTime.parse("2018-12-21T10:00"),
                ZoneId.of("Asia/Seoul"), 60, null, null)).satisfies(refusedAs("refusal.session.venueOrVideo"));
    }

    @Test
    void refusesToBeHeldBeforeItBegins() {
        ForumSession session = inSeoul();
        assertThatThrownBy(() -> session.hold(Instant.parse("2018-12-21T00:59:59Z"), null))
                .satisfies(refusedAs("refusal.session.notYetBegun"));
        session.hold(Instant.parse("2018-12-21T01:00:00Z"), null);
        assertThat(session.status()).isEqualTo(SessionStatus.HELD);
    }

    @Test
    void takesOutcomesOnlyOnceHeldAndOnlyOncePerItem() {
        ForumSession session = inSeoul();
        AgendaItem item = AgendaItem.topic("wg", Track.HUMANITARIAN, "Tamiflu", 30);
        session.putOnAgenda(item);
        assertThat(item.position()).isEqualTo(1);
        assertThatThrownBy(() -> session.conclude(0L, "x")).isNotNull();
        session.hold(Instant.parse("2019-01-01T00:00:00Z"), null);
        assertThatThrownBy(() -> session.putOnAgenda(AgendaItem.topic("wg", Track.HUMANITARIAN, "late", 5)))
                .satisfies(refusedAs("refusal.session.notScheduled"));
    }

    @Test
    void refusesAnItemOfAnotherForum() {
        ForumSession session = inSeoul();
        assertThatThrownBy(() -> session.putOnAgenda(AgendaItem.topic("other", Track.HUMANITARIAN, "t", 5)))
                .satisfies(refusedOn("item"));
    }

    @Test
    void cancelsOnlyAScheduledSession() {
        ForumSession session = inSeoul();
        session.cancel("the forum was handed over");
        assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThatThrownBy(() -> session.cancel("again")).satisfies(refusedAs("refusal.session.notScheduled"));
        assertThatThrownBy(() -> session.attend(new Attendee("ROK", "Lee", "Co-chair")))
                .satisfies(refusedAs("refusal.session.cancelled"));
    }

    @Test
    void recordsEachAttendeeOnce() {
        ForumSession session = inSeoul();
        session.attend(new Attendee("ROK", "Lee Do-hoon", "Co-chair"));
        assertThatThrownBy(() -> session.attend(new Attendee("ROK", "lee do-hoon", "Co-chair")))
                .satisfies(refusedAs("refusal.session.attendsAlready"));
    }

    @Test
    void mapsEveryCaseCategoryToATrack() {
        for (dev.tandem.casefile.CaseCategory category : dev.tandem.casefile.CaseCategory.values()) {
            assertThat(Track.of(category)).isNotNull();
        }
        assertThat(Track.of(dev.tandem.casefile.CaseCategory.INFRASTRUCTURE)).isEqualTo(Track.INTER_KOREAN_COOPERATION);
        assertThat(Track.of(dev.tandem.casefile.CaseCategory.FAMILY_REUNION)).isEqualTo(Track.HUMANITARIAN);
    }
}
