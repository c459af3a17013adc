package dev.tandem.session;

import java.time.Instant;

/** One saved state of a session's minutes: sanitised HTML, who saved it and when. */
public record MinutesRevision(long sessionId, int revision, String html, String savedBy, Instant savedAt) {
}
