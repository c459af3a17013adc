package dev.tandem.decision;

/** What a party says on an item the forum reviews. */
public enum PositionKind {
    CONCUR, CONCUR_WITH_CONDITIONS, OBJECT, HOLD;

    /** Concurrence with conditions needs the conditions; an objection its reason; a hold needs no reason. */
    boolean needsText() {
        return this == CONCUR_WITH_CONDITIONS || this == OBJECT;
    }

    boolean concurs() {
        return this == CONCUR || this == CONCUR_WITH_CONDITIONS;
    }
}
