package dev.tandem.screening;

import dev.tandem.screening.core.list.ListSource;

/**
 * A hit was raised on a name Tandem keeps screening for another module (the subject {@code subjectRef} it gave),
 * in the transaction that raised it. The owner of the name may act on it (a case is re-triaged).
 */
public record ScreeningHitRaised(String subjectRef, String subjectName, ListSource source, String reference, long hitId) {
}
