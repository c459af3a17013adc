package dev.tandem.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.RuleViolationException;
import dev.tandem.forum.Charter;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumSummary;

/**
 * Where clearances start and end their life: the case module hands over what triage derived (in its own
 * transaction, so a case and the lives of its clearances are stored together) and tells when a case is withdrawn.
 * Callers are modules, not people: the case module checked who may submit, re-triage or withdraw.
 */
@Service
public class ClearanceWork {

    private final Reviews reviews;
    private final ReviewRecorder recorder;
    private final ForumManagement forums;
    private final ReviewClocks deadlines;
    private final Clock clock;
    private final String proceedingParty;

    ClearanceWork(Reviews reviews, ReviewRecorder recorder, ForumManagement forums, ReviewClocks deadlines, Clock clock,
                  @Value("${tandem.decision.proceeding-party:ROK}") String proceedingParty) {
        this.reviews = reviews;
        this.recorder = recorder;
        this.forums = forums;
        this.deadlines = deadlines;
        this.clock = clock;
        this.proceedingParty = proceedingParty;
    }

    /**
     * Gives each clearance of a freshly triaged case its life; the open clearances of an earlier triage of the
     * same case give way (their clocks are cancelled). Partner notices go out at once.
     */
    @Transactional
    public void triaged(TriagedCase triaged) {
        for (Review earlier : reviews.openOfCase(triaged.caseRef())) {
            ReviewState before = ReviewState.of(earlier);
            earlier.supersede();
            recorder.changed(before, earlier, "decision.superseded", "the case was triaged again", false);
        }
        Charter charter = forums.charter(triaged.charterForum(), triaged.charterVersion())
                .orElseThrow(() -> new RuleViolationException("forum", "refusal.casefile.noCharter",
                        triaged.charterForum(), triaged.on()));
        ForumSummary forum = forums.summary(triaged.forumCode())
                .orElseThrow(() -> new RuleViolationException("forum", "refusal.casefile.noCharter",
                        triaged.forumCode(), triaged.on()));
        Set<String> partners = new TreeSet<>(forum.parties());
        partners.remove(proceedingParty);
        Review.Rules rules = new Review.Rules(charter.decisionRule().name(), charter.holdsAllowed(),
                charter.objectionWindowDays(), charter.noObjectionWorkingDays());
        LocalDate on = triaged.on() == null ? LocalDate.now(clock) : triaged.on();
        for (TriagedCase.ClearanceToDecide clearance : triaged.clearances()) {
            Review review = Review.open(triaged.caseRef(), triaged.title(), clearance.position(),
                    clearance.authority(), triaged.forumCode(), forum.parties(), partners, rules, on,
                    deadlines.of(partners));
            recorder.opened(review, "triage under " + triaged.charterForum() + " charter " + charter.version()
                    + " (" + charter.name() + ")");
        }
    }

    /** The case was withdrawn: its open clearances end with that outcome. */
    @Transactional
    public void withdrawn(String caseRef, String reason) {
        for (Review review : reviews.openOfCase(caseRef)) {
            ReviewState before = ReviewState.of(review);
            review.withdraw(reason, clock.instant());
            recorder.changed(before, review, "decision.withdrawn", reason, false);
        }
    }

    /**
     * The UN 1718 Committee decided the exemption a case's UN clearance waits for. Only a clearance still waiting
     * follows: a later word on the same exemption (an extension approved) changes nothing here.
     */
    @Transactional
    public void exemptionDecided(String caseRef, String exemptionRef, boolean approved) {
        for (Review review : reviews.openOfCase(caseRef)) {
            if (review.stage() != Stage.PENDING_EXEMPTION) {
                continue;
            }
            ReviewState before = ReviewState.of(review);
            String reason = (approved ? "exemption approved: " : "exemption not approved: ") + exemptionRef;
            review.exemptionDecided(approved, reason, clock.instant());
            recorder.changed(before, review, "decision.exemption-decided", reason, false);
        }
    }

    /** The party that proceeds alone after notifying its partners under a selective charter. */
    String proceedingParty() {
        return proceedingParty;
    }
}
