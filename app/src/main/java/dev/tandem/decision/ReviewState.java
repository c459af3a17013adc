package dev.tandem.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the journal keeps of a review: where it stands, its clock and each party's current position. */
record ReviewState(String caseRef, int clearance, String authority, String forum, Stage stage, LocalDate dueOn,
                   Integer remainingWorkingDays, Set<String> holders, Long session, Outcome outcome, String conditions,
                   String movedFrom, int round, List<PositionView> positions) {

    static ReviewState of(Review r) {
        return new ReviewState(r.caseRef(), r.clearancePosition(), r.authority(), r.forumCode(), r.stage(),
                r.dueOn(), r.remainingDays(), r.holders(), r.sessionId(), r.outcome(), r.conditions(), r.movedFrom(),
                r.round(), r.current().values().stream().map(PositionView::of).toList());
    }
}
