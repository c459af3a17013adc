package dev.tandem.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.identity.CurrentUser;

/**
 * The forum's side of deciding: its queue, the items with their positions and clocks, the written no-objection
 * procedures the secretariat circulates, and what sessions need (take an item up, record its outcome). Permissions
 * are checked here; the party of a user comes from the sign-in, never from a request.
 */
@Service
public class ForumReviews {

    static final String READERS = "@permissions.maySeeReviews()";
    static final String CLERKS = "@permissions.mayRunReviews()";

    private final Reviews reviews;
    private final ReviewRecorder recorder;
    private final ReviewClocks deadlines;
    private final CurrentUser user;
    private final Clock clock;

    ForumReviews(Reviews reviews, ReviewRecorder recorder, ReviewClocks deadlines, CurrentUser user, Clock clock) {
        this.reviews = reviews;
        this.recorder = recorder;
        this.deadlines = deadlines;
        this.user = user;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------

    /** The forum's items that wait for a session: forum reviews not decided and not on a written procedure. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ReviewItem> queue(String forumCode) {
        return reviews.openOfForum(forumCode).stream()
                .filter(r -> r.stage() == Stage.QUEUED || r.stage() == Stage.AT_SESSION).map(this::item).toList();
    }

    /** Everything of a forum: its open items first, then the decided and handed-over ones, newest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ReviewItem> items(String forumCode) {
        List<ReviewItem> all = reviews.ofForum(forumCode, 500).stream().map(this::item).toList();
        return java.util.stream.Stream.concat(all.stream().filter(i -> i.open() && i.forumCode().equals(forumCode)),
                all.stream().filter(i -> !i.open() || !i.forumCode().equals(forumCode))).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ReviewItem find(long reviewId) {
        return item(load(reviewId));
    }

    /** The items of a case, each clearance's life. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ReviewItem> ofCase(String caseRef) {
        return reviews.ofCase(caseRef).stream().map(this::item).toList();
    }

    /** Each party's current position on the item. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<PositionView> positions(long reviewId) {
        return load(reviewId).current().values().stream().map(PositionView::of).toList();
    }

    /** Every position ever taken on the item, oldest first, with the round it belongs to. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Position> history(long reviewId) {
        return load(reviewId).positions();
    }

    /** The items on which the signed-in user's party must still say something (silent, or holding). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ReviewItem> waitingForMyParty() {
        Optional<String> party = user.party();
        if (party.isEmpty()) {
            return List.of();
        }
        return reviews.asking().stream().filter(r -> r.waitsFor(party.get())).map(this::item).toList();
    }

    // --- the secretariat -------------------------------------------------------------------------------------

    /**
     * Circulates a queued item for written no-objection: the deadline is the charter's number of working days of
     * the parties that must answer; silence until then is consent.
     */
    @PreAuthorize(CLERKS)
    @Transactional
    public ReviewItem circulate(long reviewId) {
        Review review = lock(reviewId);
        ReviewState before = ReviewState.of(review);
        review.circulate(LocalDate.now(clock), deadlines.of(review.parties()));
        return item(recorder.changed(before, review, "decision.procedure-circulated",
                review.procedureDays() + " working days of " + Reviews.joined(review.parties()) + ", until "
                        + review.dueOn(), false));
    }

    /** Puts a queued item on a session's agenda (called by the session module). */
    @PreAuthorize(CLERKS)
    @Transactional
    public void takeUpAtSession(long reviewId, long sessionId) {
        Review review = lock(reviewId);
        ReviewState before = ReviewState.of(review);
        review.takeUpAtSession(sessionId);
        recorder.changed(before, review, "decision.taken-up", "on the agenda of session " + sessionId, false);
    }

    /**
     * Records the outcome of an item at the session that took it up, by consensus of the co-chairs present
     * (ADR 0016); a deferred item returns to the queue.
     */
    @PreAuthorize(CLERKS)
    @Transactional
    public Outcome recordOutcome(long reviewId, RecordOutcome command) {
        if (command == null || command.partiesPresent() == null || command.partiesPresent().isEmpty()) {
            throw new InvalidInputException("partiesPresent", "refusal.required");
        }
        if (command.note() != null && command.note().length() > DecisionLimits.TEXT) {
            throw new InvalidInputException("note", "refusal.tooLong", DecisionLimits.TEXT);
        }
        Review review = lock(reviewId);
        ReviewState before = ReviewState.of(review);
        Long session = review.sessionId();
        Outcome outcome = review.recordAtSession(command.partiesPresent(), command.note(), clock.instant());
        recorder.changed(before, review, "decision.outcome-recorded", "session " + session + ": " + outcome + ", "
                + review.outcomeReason(), false);
        return outcome;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    ReviewItem item(Review r) {
        return ReviewItem.of(r, recorder.dueAt(r));
    }

    private Review load(long id) {
        return reviews.byId(id).orElseThrow(() -> new NotFoundException("review", "review", id));
    }

    private Review lock(long id) {
        Review review = reviews.lock(id).orElseThrow(() -> new NotFoundException("review", "review", id));
        if (!review.stage().isOpen()) {
            throw new RuleViolationException("review", "refusal.decision.closed", id, Review.label(review.stage()));
        }
        return review;
    }
}
