package dev.tandem.exemption;

/** Where a request to extend an exemption stands; it goes to the Committee like a request of its own. */
public enum ExtensionStatus {
    REQUESTED, SUBMITTED, APPROVED, NOT_APPROVED
}
