package dev.tandem.notes;

import java.time.Instant;

/**
 * A note as its party's users see it.
 *
 * @param mine whether the viewer wrote it (and so may edit it)
 */
public record NoteView(long id, String subjectKind, String subjectId, String party, String author, String text,
                       Instant writtenAt, Instant editedAt, int version, boolean mine) {
}
