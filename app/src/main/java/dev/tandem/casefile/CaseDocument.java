package dev.tandem.casefile;

import java.time.Instant;

/** A document of a case as listed (its bytes are fetched separately, by those allowed to see the case). */
public record CaseDocument(long id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
                           Instant uploadedAt) {
}
