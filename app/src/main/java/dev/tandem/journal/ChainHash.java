package dev.tandem.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Computes an entry's SHA-256 over its fields and its predecessor's hash. Each field is written with its length
 * first, so no two different entries can produce the same input by shifting text between fields.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long seq, Instant recordedAt, String actor, String actorParty, String action,
                     String subjectType, String subjectId, String before, String after, String reason,
                     String previousHash) {
        StringBuilder input = new StringBuilder(256);
        for (String field : new String[] {Long.toString(seq), recordedAt.toString(), actor, actorParty, action,
                subjectType, subjectId, before, after, reason, previousHash}) {
            if (field == null) {
                input.append("-1:");
            } else {
                input.append(field.length()).append(':').append(field);
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String of(JournalEntry e) {
        return of(e.seq(), e.recordedAt(), e.actor(), e.actorParty(), e.action(), e.subjectType(), e.subjectId(),
                e.before(), e.after(), e.reason(), e.previousHash());
    }
}
