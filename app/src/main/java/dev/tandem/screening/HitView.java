package dev.tandem.screening;

import java.time.Instant;

import dev.tandem.screening.core.list.ListSource;

/**
 * A stored hit as shown to people and written to the journal. While {@code awaitingConfirmation}, a false positive
 * has been proposed (by, role, party, when, why) and waits for a second person; the status stays {@link HitStatus#OPEN}.
 */
public record HitView(long id, String subjectRef, String subjectName, ListSource source, String reference,
                      String listedName, String matchedName, double score, String explanation, HitStatus status,
                      Instant raisedAt, String decidedBy, Instant decidedAt, String decisionReason, int version,
                      boolean awaitingConfirmation, String proposedBy, String proposerRole, String proposerParty,
                      Instant proposedAt, String proposalReason) {

    public boolean open() {
        return status == HitStatus.OPEN;
    }
}
