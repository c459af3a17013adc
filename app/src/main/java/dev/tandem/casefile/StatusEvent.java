package dev.tandem.casefile;

import java.time.Instant;

/** One step of a case's status history. */
public record StatusEvent(CaseStatus status, Instant at, String actor, String note) {
}
