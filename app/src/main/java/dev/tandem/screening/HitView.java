package dev.tandem.screening;

import java.time.Instant;

import dev.tandem.screening.core.list.ListSource;

/** A stored hit as shown to people and written to the journal. */
public record HitView(long id, String subjectRef, String subjectName, ListSource source, String reference,
                      String listedName, String matchedName, double score, String explanation, HitStatus status,
                      Instant raisedAt, String decidedBy, Instant decidedAt, String decisionReason, int version) {

    public boolean open() {
        return status == HitStatus.OPEN;
    }
}
