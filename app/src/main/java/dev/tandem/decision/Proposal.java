package dev.tandem.decision;

import java.time.Instant;

import dev.tandem.common.RuleViolationException;

/**
 * A position a member proposes for its party; the party's co-chair (or delegate) adopts it, taking it as the party's
 * position, or declines it. Internal to the party: the other party never sees it.
 */
public record Proposal(long id, long reviewId, String party, PositionKind kind, String text, String proposedBy,
                       Instant proposedAt, String status, String answeredBy, Instant answeredAt, int version) {

    public static final String PROPOSED = "PROPOSED";
    public static final String ADOPTED = "ADOPTED";
    public static final String DECLINED = "DECLINED";

    /** The proposal answered; only an open proposal is answered, once. */
    Proposal answered(boolean adopt, String by, Instant at) {
        if (!PROPOSED.equals(status)) {
            throw new RuleViolationException("proposal", "refusal.decision.proposalAnswered", id, status);
        }
        return new Proposal(id, reviewId, party, kind, text, proposedBy, proposedAt, adopt ? ADOPTED : DECLINED, by,
                at, version);
    }

    public boolean open() {
        return PROPOSED.equals(status);
    }
}
