package dev.tandem.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One clearance of a case as the forum sees it: where it stands, its clock (the last day and the moment it ends;
 * while a hold stops it, no day and the working days left), the parties it waits for, and its outcome.
 *
 * @param movedFrom the forum that handed the item over, if any
 */
public record ReviewItem(long id, String caseRef, String caseTitle, int clearancePosition, String authority,
                         String forumCode, Set<String> parties, Set<String> partners, Stage stage, String decisionRule,
                         boolean holdsAllowed, LocalDate openedOn, LocalDate dueOn, Instant dueAt,
                         Integer remainingDays, Set<String> holders, Long sessionId, Outcome outcome,
                         String conditions, String outcomeReason, Instant decidedAt, String movedFrom, int round,
                         int version, List<String> waitingFor, List<PositionView> positions) {

    static ReviewItem of(Review r, Instant dueAt) {
        return new ReviewItem(r.id(), r.caseRef(), r.caseTitle(), r.clearancePosition(), r.authority(),
                r.forumCode(), r.parties(), r.partners(), r.stage(), r.decisionRule(), r.holdsAllowed(),
                r.openedOn(), r.dueOn(), dueAt, r.remainingDays(), r.holders(), r.sessionId(), r.outcome(),
                r.conditions(), r.outcomeReason(), r.decidedAt(), r.movedFrom(), r.round(), r.version(),
                r.answering().stream().filter(r::waitsFor).sorted().toList(),
                r.current().values().stream().map(PositionView::of).toList());
    }

    public boolean open() {
        return stage.isOpen();
    }

    public boolean onProcedure() {
        return stage == Stage.PROCEDURE;
    }

    public boolean stopped() {
        return stage == Stage.PROCEDURE && dueOn == null;
    }
}
