package dev.tandem.exemption;

import java.time.Instant;

/**
 * One generated version of a request's package: the letter with the project outline (PDF) and the itemised list
 * in the Annex II layout (XLSX), each with its SHA-256. {@code sentAt} is set once, when that version goes to the
 * Committee; from then on it never changes.
 */
public record RequestPackage(int version, Instant createdAt, String createdBy, String letterSha256,
                             String annexSha256, Instant sentAt) {

    public boolean sent() {
        return sentAt != null;
    }
}
