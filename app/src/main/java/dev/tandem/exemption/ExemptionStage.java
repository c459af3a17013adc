package dev.tandem.exemption;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an exemption request stands on its way through national review and the 1718 Committee. The stages that may
 * follow each one are the whole of the rules; a hold is a stage of its own, entered and left on dated steps.
 */
public enum ExemptionStage {
    DRAFTED, NATIONAL_REVIEW, SUBMITTED, CIRCULATED, ON_HOLD, APPROVED, NOT_APPROVED, PUBLISHED, EXPIRED;

    /** The stages a person may move a request to from this one (expiry comes by itself, on its date). */
    public Set<ExemptionStage> next() {
        switch (this) {
            case DRAFTED:
                return EnumSet.of(NATIONAL_REVIEW);
            case NATIONAL_REVIEW:
                return EnumSet.of(SUBMITTED);
            case SUBMITTED:
                return EnumSet.of(CIRCULATED);
            case CIRCULATED:
                return EnumSet.of(ON_HOLD, APPROVED, NOT_APPROVED);
            case ON_HOLD:
                return EnumSet.of(ON_HOLD, CIRCULATED, NOT_APPROVED);
            case APPROVED:
                return EnumSet.of(PUBLISHED);
            default:
                return EnumSet.noneOf(ExemptionStage.class);
        }
    }

    /** Not ended: a case has at most one request under way (a constraint on {@code exemption.open_case_ref}). */
    public boolean underWay() {
        return this != NOT_APPROVED && this != EXPIRED;
    }

    /** Approved and not expired: shipments may go. */
    public boolean inForce() {
        return this == APPROVED || this == PUBLISHED;
    }

    /** The package can still change: nothing has gone to the Committee yet. */
    public boolean beforeSubmission() {
        return this == DRAFTED || this == NATIONAL_REVIEW;
    }
}
