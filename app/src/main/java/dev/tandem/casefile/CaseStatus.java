package dev.tandem.casefile;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. The statuses that may follow each one are the whole of the status rules. */
public enum CaseStatus {
    DRAFT, SUBMITTED, IN_REVIEW, DECIDED, IMPLEMENTING, CLOSED, WITHDRAWN;

    public Set<CaseStatus> next() {
        switch (this) {
            case DRAFT:
                return EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED:
                return EnumSet.of(IN_REVIEW, DECIDED, WITHDRAWN);
            case IN_REVIEW:
                return EnumSet.of(DECIDED, WITHDRAWN);
            case DECIDED:
                return EnumSet.of(IMPLEMENTING, CLOSED);
            case IMPLEMENTING:
                return EnumSet.of(CLOSED);
            default:
                return EnumSet.noneOf(CaseStatus.class);
        }
    }

    /** Open cases move with their forum's work to a successor and are re-triaged when the rules change. */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == IN_REVIEW;
    }
}
