package dev.tandem.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.SystemActor;

/**
 * The positions and decisions on the demo cases as they happened (BRIEF §3.1, §3.3): the railway survey cleared at
 * the inaugural meeting and exempted by the 1718 Committee on 23 Nov 2018; Tamiflu agreed at the Seoul meeting of
 * 21 Dec 2018 with the United States' condition on the trucks, then withdrawn; the video reunions exempted on 8 Mar
 * and cleared on 14 Mar 2019; the Kaesong owners' visit held by the United States and cleared in May 2019; the sugar
 * barter objected to and withdrawn; the NGO package of December 2020 still held when the group ended, so that the
 * hand-over of 23 June 2021 moves it with its hold. Runs after the cases (order 30) and before the hand-over (40).
 * Meetings of the past are kept without a session record (the session module keeps sessions).
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DecisionDemoContent implements ApplicationRunner {

    private static final Set<String> BOTH = Set.of("ROK", "US");

    private final Reviews reviews;
    private final ReviewRecorder recorder;
    private final ReviewClocks deadlines;
    private final TransactionTemplate transaction;

    DecisionDemoContent(Reviews reviews, ReviewRecorder recorder, ReviewClocks deadlines, TransactionTemplate transaction) {
        this.reviews = reviews;
        this.recorder = recorder;
        this.deadlines = deadlines;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean due = reviews.ofCaseTitled("Joint survey of the Gyeongui and Donghae railway lines").stream()
                .anyMatch(r -> r.positions().isEmpty() && r.stage().isOpen());
        if (!due) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        play("Joint survey of the Gyeongui and Donghae railway lines", r -> {
            if (forum(r)) {
                says(r, "ROK", PositionKind.CONCUR, null, "lee.do-hoon", "2018-11-20");
                says(r, "US", PositionKind.CONCUR, null, "stephen.biegun", "2018-11-20");
                meets(r, "2018-11-20", "inaugural meeting, Washington: the survey goes ahead jointly");
            } else if (un(r)) {
                exempted(r, "2018-11-23", "1718 Committee exemption by written procedure, survey only");
            }
        });
        play("Tamiflu and rapid test kits for influenza", r -> {
            if (forum(r)) {
                says(r, "ROK", PositionKind.CONCUR, null, "lee.do-hoon", "2018-12-21");
                says(r, "US", PositionKind.CONCUR_WITH_CONDITIONS,
                        "The trucks that cross the border are reviewed separately before delivery", "stephen.biegun",
                        "2018-12-21");
                meets(r, "2018-12-21", "second meeting, Seoul: consensus on the medicine; the trucks to be reviewed");
            }
            withdraws(r, "2019-01-03", "Delivery set for 11 Jan 2019 postponed over the trucks; the shipment collapsed");
        });
        play("Video reunions of separated families", r -> {
            if (un(r)) {
                exempted(r, "2019-03-08", "1718 Committee exemption by consensus");
            } else if (forum(r)) {
                says(r, "ROK", PositionKind.CONCUR, null, "lee.do-hoon", "2019-03-14");
                says(r, "US", PositionKind.CONCUR, null, "stephen.biegun", "2019-03-14");
                meets(r, "2019-03-14", "Washington meeting after the Hanoi summit: the video reunions cleared");
            }
        });
        play("Kaesong business owners' visit to check their assets", r -> {
            if (forum(r)) {
                says(r, "ROK", PositionKind.CONCUR, null, "lee.do-hoon", "2019-05-02");
                says(r, "US", PositionKind.HOLD, null, "stephen.biegun", "2019-05-02");
                says(r, "US", PositionKind.CONCUR, null, "stephen.biegun", "2019-05-16");
                meets(r, "2019-05-17", "the ninth request approved; the DPRK never answered");
            }
        });
        play("Sugar bartered for North Korean liquor", r -> {
            if (forum(r)) {
                says(r, "US", PositionKind.OBJECT, "The counterparty is linked to a sanctioned network",
                        "stephen.biegun", "2020-06-29");
            }
            withdraws(r, "2020-06-29", "Stalled: the counterparty is linked to a sanctioned network");
        });
        play("Annual assistance package for hospitals in North Hwanghae", r -> {
            if (forum(r)) {
                says(r, "ROK", PositionKind.CONCUR, null, "noh.kyu-duk", "2021-01-14");
                says(r, "US", PositionKind.HOLD, null, "sung.kim", "2021-02-03");
            }
        });
    }

    private void play(String title, java.util.function.Consumer<Review> story) {
        for (Review listed : reviews.ofCaseTitled(title)) {
            // read again: the story of an earlier clearance may have ended this one (a withdrawal)
            Review review = reviews.byId(listed.id()).orElseThrow();
            if (review.stage().isOpen()) {
                story.accept(review);
            }
        }
    }

    private static boolean forum(Review r) {
        return "FORUM_REVIEW".equals(r.authority()) && r.stage().isOpen();
    }

    private static boolean un(Review r) {
        return "UN_1718_EXEMPTION".equals(r.authority()) && r.stage().isOpen();
    }

    private void says(Review item, String party, PositionKind kind, String text, String person, String day) {
        Review r = fresh(item);
        ReviewState before = ReviewState.of(r);
        r.take(new Position(party, kind, text, person, false, r.round(), at(day)), LocalDate.parse(day),
                deadlines.of(BOTH), at(day));
        recorder.changed(before, r, "decision.position-taken", "demo: the record of 2018–2021 (BRIEF §3.3)", false);
    }

    private void meets(Review item, String day, String note) {
        Review r = fresh(item);
        ReviewState before = ReviewState.of(r);
        r.takeUpAtSession(null);
        r.recordAtSession(r.parties(), note, at(day));
        recorder.changed(before, r, "decision.outcome-recorded", "demo: " + note, false);
    }

    private void exempted(Review item, String day, String note) {
        Review r = fresh(item);
        ReviewState before = ReviewState.of(r);
        r.exemptionDecided(true, note, at(day));
        recorder.changed(before, r, "decision.exemption-recorded", "demo: " + note, false);
    }

    private void withdraws(Review r, String day, String note) {
        for (Review open : reviews.ofCase(r.caseRef())) {
            if (open.stage().isOpen()) {
                ReviewState before = ReviewState.of(open);
                open.withdraw(note, at(day));
                recorder.changed(before, open, "decision.withdrawn", "demo: " + note, false);
            }
        }
    }

    /** The item as stored now: each step of a story stores a new version. */
    private Review fresh(Review item) {
        return reviews.byId(item.id()).orElseThrow();
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
