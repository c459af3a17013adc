package dev.tandem.decision;

import java.util.Set;

/**
 * What a session says about an item it took up: the parties whose co-chair (or delegate) was present, and a note
 * for the record. The outcome follows from their positions (ADR 0016).
 */
public record RecordOutcome(Set<String> partiesPresent, String note) {
}
