package dev.tandem.journal;

import java.time.Instant;

/**
 * One entry of the journal as stored. {@code hash} covers every other field and the previous entry's hash, so a
 * change to any stored entry breaks the chain from there on.
 */
public record JournalEntry(
        long seq,
        Instant recordedAt,
        String actor,
        String actorParty,
        String action,
        String subjectType,
        String subjectId,
        String before,
        String after,
        String reason,
        String previousHash,
        String hash) {
}
