package dev.tandem.casefile;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.SystemActor;
import dev.tandem.decision.ClearanceDecided;
import dev.tandem.forum.ForumHandedOver;
import dev.tandem.screening.ScreeningHitRaised;

/**
 * What cases do when other modules report something: a forum's hand-over moves its open cases to the successor; a
 * new screening hit on a counterparty of a submitted case triages that case again as it was judged; a decided
 * clearance is stored with its outcome.
 */
@Component
class CaseEvents {

    private final CaseFiles cases;
    private final CaseManagement lifecycle;

    CaseEvents(CaseFiles cases, CaseManagement lifecycle) {
        this.cases = cases;
        this.lifecycle = lifecycle;
    }

    @EventListener
    @Transactional
    public void moveOpenCases(ForumHandedOver handOver) {
        for (String ref : cases.openRefsOfForum(handOver.forumCode())) {
            lifecycle.handOver(cases.byRef(ref).orElseThrow(), handOver.successorCode(),
                    handOver.forumCode() + " handed its work over to " + handOver.successorCode());
        }
    }

    /** The decision module decided a clearance: the case keeps its outcome and follows when all are decided. */
    @EventListener
    @Transactional
    public void clearanceDecided(ClearanceDecided decided) {
        lifecycle.clearanceDecided(decided);
    }

    @EventListener
    @Transactional
    public void retriageOnNewHit(ScreeningHitRaised event) {
        CaseTriage.caseRefOf(event.subjectRef()).flatMap(cases::byRef)
                .filter(f -> f.status() == CaseStatus.SUBMITTED || f.status() == CaseStatus.IN_REVIEW)
                .ifPresent(f -> SystemActor.run(() -> lifecycle.rejudge(f, "new screening hit " + event.source()
                        + " " + event.reference() + " on " + event.subjectName())));
    }
}
