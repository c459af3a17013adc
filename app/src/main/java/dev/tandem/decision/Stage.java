package dev.tandem.decision;

/** Where a clearance stands in its life. */
public enum Stage {
    /** The partner parties were notified and may object until the window ends. */
    NOTICE,
    /** In the forum's queue, waiting for a session or a written procedure. */
    QUEUED,
    /** Taken up on a session's agenda. */
    AT_SESSION,
    /** Circulated for written no-objection; its clock runs unless a hold stops it. */
    PROCEDURE,
    /** Waits for the UN 1718 Committee's exemption. */
    PENDING_EXEMPTION,
    /** Decided; the outcome says how. */
    DECIDED,
    /** Replaced by the clearances of a new triage of its case. */
    SUPERSEDED;

    public boolean isOpen() {
        return this != DECIDED && this != SUPERSEDED;
    }

    /** Whether the forum's parties are asked for a position at this stage. */
    public boolean asksPositions() {
        return this == NOTICE || this == QUEUED || this == AT_SESSION || this == PROCEDURE;
    }
}
