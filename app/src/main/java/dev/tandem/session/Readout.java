package dev.tandem.session;

import java.time.Instant;

/**
 * A party's own account of a session (sanitised HTML). A draft is its party's alone; once published it is the
 * party's public account, read by every official, and no longer changes.
 */
public record Readout(long sessionId, String party, String html, String writtenBy, Instant writtenAt,
                      Instant publishedAt, int version) {

    public boolean isPublished() {
        return publishedAt != null;
    }
}
