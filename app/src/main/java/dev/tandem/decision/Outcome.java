package dev.tandem.decision;

/** What a forum (or the lapse of a clock) decided on one clearance. */
public enum Outcome {
    APPROVED, APPROVED_WITH_CONDITIONS, DEFERRED, REJECTED, WITHDRAWN;

    /** Whether the outcome ends the clearance's life (a deferred item waits for the next session). */
    public boolean isFinal() {
        return this != DEFERRED;
    }
}
