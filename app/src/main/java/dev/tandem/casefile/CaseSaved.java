package dev.tandem.casefile;

/**
 * A case was stored (filed, triaged, moved on, handed over, decided): published in the transaction that stored it,
 * so that a listener in the same transaction sees the case as it now is and keeps what it derives from it in step.
 */
public record CaseSaved(long caseId, String ref) {
}
