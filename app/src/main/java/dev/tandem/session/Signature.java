package dev.tandem.session;

import java.time.Instant;

/** A party's co-chair signed one version of a joint statement. */
public record Signature(String party, int number, String signedBy, Instant signedAt) {
}
