package dev.tandem.notes;

import java.time.Instant;

import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;

/** A stored note: its party is the author's, fixed when it is written. */
record InternalNote(long id, String party, String subjectKind, String subjectId, String author, String text,
                    Instant writtenAt, Instant editedAt, int version) {

    /**
     * The note with new text, refused unless the editor wrote it; a note of another party is "not found", so that
     * nobody learns it exists.
     */
    InternalNote edit(String editor, String editorParty, String newText, Instant at) {
        if (!party.equals(editorParty)) {
            throw new NotFoundException("id", "note", id);
        }
        if (!author.equals(editor)) {
            throw new RuleViolationException("id", "refusal.notes.notAuthor", author);
        }
        return new InternalNote(id, party, subjectKind, subjectId, author, newText, writtenAt, at, version + 1);
    }

    NoteView view(String viewer) {
        return new NoteView(id, subjectKind, subjectId, party, author, text, writtenAt, editedAt, version,
                author.equals(viewer));
    }
}
