package dev.tandem.session;

/** Where a session stands: scheduled, then held or cancelled (both final). */
public enum SessionStatus {
    SCHEDULED, HELD, CANCELLED
}
