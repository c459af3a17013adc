package dev.tandem.decision;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tandem.clock.DeadlineCancelled;
import dev.tandem.clock.DeadlineSet;
import dev.tandem.clock.PartiesNotified;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * Stores a changed review with its journal entry and tells the rest of Tandem what changed, all in the caller's
 * transaction: a clock set, moved or stopped (deadline events for the clock module), parties to tell now, a
 * clearance decided (for the case).
 */
@Component
class ReviewRecorder {

    static final String NOTICE_CLOCK = "partner-notice";
    static final String PROCEDURE_CLOCK = "no-objection";

    private final Reviews reviews;
    private final Journal journal;
    private final ReviewClocks deadlines;
    private final ApplicationEventPublisher events;

    ReviewRecorder(Reviews reviews, Journal journal, ReviewClocks deadlines, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.journal = journal;
        this.deadlines = deadlines;
        this.events = events;
    }

    /** Stores a new review and starts what it starts (a notice tells the partners at once and sets its clock). */
    Review opened(Review review, String reason) {
        Review saved = reviews.save(review);
        journal.record(Change.of("decision.clearance-opened", "review", saved.id()).to(ReviewState.of(saved))
                .because(reason));
        if (saved.stage() == Stage.NOTICE) {
            events.publishEvent(new PartiesNotified(saved.partners(), "Partner notice: " + title(saved), link(saved)));
        }
        clock(null, null, saved, false);
        return saved;
    }

    /**
     * Stores a changed review; {@code before} is the state it was loaded in. {@code resetClock} re-publishes a
     * running clock even if its day did not change (a hand-over: new forum, new link).
     */
    Review changed(ReviewState before, Review review, String action, String reason, boolean resetClock) {
        Stage was = before.stage();
        java.time.LocalDate wasDue = before.dueOn();
        Review saved = reviews.save(review);
        journal.record(Change.of(action, "review", saved.id()).from(before).to(ReviewState.of(saved))
                .because(reason));
        if (was == Stage.NOTICE && saved.stage() == Stage.QUEUED) {
            events.publishEvent(new PartiesNotified(saved.parties(), "Objection: to forum review: " + title(saved),
                    link(saved)));
        }
        if (was != Stage.PROCEDURE && saved.stage() == Stage.PROCEDURE) {
            events.publishEvent(new PartiesNotified(saved.parties(), "Written no-objection procedure: "
                    + title(saved), link(saved)));
        }
        clock(was, wasDue, saved, resetClock);
        if (saved.stage() == Stage.DECIDED && was != Stage.DECIDED) {
            events.publishEvent(new ClearanceDecided(saved.caseRef(), saved.clearancePosition(), saved.authority(),
                    saved.outcome().name(), saved.outcomeReason()));
        }
        return saved;
    }

    private void clock(Stage was, java.time.LocalDate wasDue, Review now, boolean reset) {
        if (wasDue != null && now.dueOn() == null) {
            events.publishEvent(new DeadlineCancelled(kind(was), String.valueOf(now.id())));
        }
        if (now.dueOn() != null && (reset || !now.dueOn().equals(wasDue))) {
            Set<String> remind = new TreeSet<>(now.answering());
            remind.removeIf(p -> !now.waitsFor(p));
            events.publishEvent(new DeadlineSet(kind(now.stage()), String.valueOf(now.id()), dueAt(now),
                    title(now), link(now), remind));
        }
    }

    Instant dueAt(Review r) {
        return deadlines.endOf(r.dueOn(), r.answering());
    }

    static String kind(Stage stage) {
        return stage == Stage.NOTICE ? NOTICE_CLOCK : PROCEDURE_CLOCK;
    }

    private static String title(Review r) {
        return r.caseRef() + " " + r.caseTitle();
    }

    static String link(Review r) {
        return "/reviews/" + r.id();
    }
}
