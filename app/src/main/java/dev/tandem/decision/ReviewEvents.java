package dev.tandem.decision;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.calendar.HolidaysChanged;
import dev.tandem.clock.DeadlineReached;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.ForumHandedOver;

/**
 * What reviews do when other modules report something: a clock ran out (silence is consent; a deadline that no
 * longer holds, because the item moved on or its clock moved, changes nothing), or a terminated forum handed its
 * work to a successor (open items move with their positions, holds and clocks), or a party's holiday was added or
 * removed (a running clock that waits on that party and spans the day counts its working days again).
 */
@Component
class ReviewEvents {

    private final Reviews reviews;
    private final ReviewRecorder recorder;
    private final ReviewClocks clocks;
    private final Clock clock;

    ReviewEvents(Reviews reviews, ReviewRecorder recorder, ReviewClocks clocks, Clock clock) {
        this.reviews = reviews;
        this.recorder = recorder;
        this.clocks = clocks;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void clockRanOut(DeadlineReached reached) {
        if (!ReviewRecorder.NOTICE_CLOCK.equals(reached.kind()) && !ReviewRecorder.PROCEDURE_CLOCK.equals(reached.kind())) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(reached.key());
        } catch (NumberFormatException e) {
            return;
        }
        reviews.lock(id).ifPresent(review -> {
            if (review.dueOn() == null || !ReviewRecorder.kind(review.stage()).equals(reached.kind())
                    || recorder.dueAt(review).isAfter(reached.dueAt())) {
                return;
            }
            ReviewState before = ReviewState.of(review);
            if (review.lapse(review.dueOn(), clock.instant())) {
                SystemActor.run(() -> recorder.changed(before, review, "decision.clock-ran-out",
                        review.outcomeReason(), false));
            }
        });
    }

    @EventListener
    @Transactional
    public void moveOpenItems(ForumHandedOver handOver) {
        for (Review review : reviews.openOfForum(handOver.forumCode())) {
            ReviewState before = ReviewState.of(review);
            review.handOverTo(handOver.successorCode());
            recorder.changed(before, review, "decision.handed-over", handOver.forumCode() + " handed its work over to "
                    + handOver.successorCode() + "; the item keeps its positions, holds and clock", true);
        }
    }

    /**
     * In the transaction of the holiday change, so that the calendar and every due date counted on it change
     * together; each item is locked, as a position taken at the same moment would lock it.
     */
    @EventListener
    @Transactional
    public void recountDueDates(HolidaysChanged change) {
        for (Review found : reviews.countingAcross(change.day())) {
            if (!found.answering().contains(change.party())) {
                continue;
            }
            reviews.lock(found.id()).ifPresent(review -> {
                ReviewState before = ReviewState.of(review);
                if (review.recount(change.day(), clocks.of(review.answering()))) {
                    recorder.changed(before, review, "decision.due-recounted", "the calendar of " + change.party()
                            + " changed on " + change.day() + ": " + review.count().days() + " working days after "
                            + review.count().from() + " now end on " + review.dueOn(), false);
                }
            });
        }
    }
}
