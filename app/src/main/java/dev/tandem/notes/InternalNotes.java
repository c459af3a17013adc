package dev.tandem.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.ConflictException;
import dev.tandem.common.GeneratedKeys;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.identity.CurrentUser;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * Party-internal notes. The party is always the signed-in user's, taken from the sign-in on the server and never
 * from input: a note is written as the writer's party's and read only by that party's users, so no query here can
 * return another party's note. Applicants have none. The journal records a note's id, subject and party, never its
 * text (auditors of either party read the journal).
 */
@Service("internalNotes")
public class InternalNotes {

    private static final String COLUMNS =
            "id, party_code, subject_kind, subject_id, author, note_text, written_at, edited_at, version";

    private final JdbcClient jdbc;
    private final CurrentUser user;
    private final Journal journal;
    private final Clock clock;
    private final Map<String, NoteSubject> subjects = new LinkedHashMap<>();

    InternalNotes(JdbcClient jdbc, CurrentUser user, Journal journal, Clock clock, List<NoteSubject> subjects) {
        this.jdbc = jdbc;
        this.user = user;
        this.journal = journal;
        this.clock = clock;
        subjects.forEach(s -> this.subjects.put(s.kind(), s));
    }

    /** Writes a note of the caller's party on a thing the caller may see. */
    @PreAuthorize("@permissions.mayWriteNotes()")
    @Transactional
    public NoteView write(String subjectKind, String subjectId, String text) {
        String party = party();
        subject(subjectKind).requireVisible(subjectId);
        String clean = requireText(text);
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO internal_note (party_code, subject_kind, subject_id, author, note_text, written_at,"
                        + " version) VALUES (:party, :kind, :subject, :author, :text, :at, 0)")
                .param("party", party).param("kind", subjectKind).param("subject", subjectId)
                .param("author", user.actorName()).param("text", clean).param("at", Timestamp.from(now))
                .update(keys, "id");
        long id = GeneratedKeys.id(keys);
        journal.record(Change.of("notes.note-written", "internal-note", id).to(onRecord(subjectKind, subjectId, party)));
        return find(id).orElseThrow().view(user.actorName());
    }

    /** Replaces the text of a note the caller wrote, at the version the caller read. */
    @PreAuthorize("@permissions.mayWriteNotes()")
    @Transactional
    public NoteView edit(long id, String text, Integer version) {
        String party = party();
        InternalNote note = find(id).filter(n -> n.party().equals(party))
                .orElseThrow(() -> new NotFoundException("id", "note", id));
        subject(note.subjectKind()).requireVisible(note.subjectId());
        if (version != null && version != note.version()) {
            throw new ConflictException("version", "refusal.notes.changed", id);
        }
        InternalNote edited = note.edit(user.actorName(), party, requireText(text), clock.instant());
        int updated = jdbc.sql("UPDATE internal_note SET note_text = :text, edited_at = :at, version = :version"
                        + " WHERE id = :id AND version = :previous AND party_code = :party")
                .param("text", edited.text()).param("at", Timestamp.from(edited.editedAt()))
                .param("version", edited.version()).param("id", id).param("previous", note.version())
                .param("party", party).update();
        if (updated != 1) {
            throw new ConflictException("version", "refusal.notes.changed", id);
        }
        journal.record(Change.of("notes.note-edited", "internal-note", id)
                .to(onRecord(note.subjectKind(), note.subjectId(), party)));
        return edited.view(user.actorName());
    }

    /** The notes of the caller's party on a thing, oldest first; only ever that party's. */
    @PreAuthorize("@permissions.mayReadNotes()")
    @Transactional(readOnly = true)
    public List<NoteView> of(String subjectKind, String subjectId) {
        NoteSubject subject = subject(subjectKind);
        Optional<String> caller = user.party();
        if (caller.isEmpty()) {
            return List.of(); // an official of no party (none exists in a real installation) has no party's notes
        }
        String party = caller.get();
        subject.requireVisible(subjectId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM internal_note WHERE party_code = :party AND subject_kind = :kind"
                        + " AND subject_id = :subject ORDER BY written_at, id")
                .param("party", party).param("kind", subjectKind).param("subject", subjectId)
                .query(InternalNotes::note).list().stream().map(n -> n.view(user.actorName())).toList();
    }

    /** The page a subject's notes are shown on. */
    public String pagePath(String subjectKind, String subjectId) {
        return subject(subjectKind).pagePath(subjectId);
    }

    private Optional<InternalNote> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM internal_note WHERE id = :id").param("id", id)
                .query(InternalNotes::note).optional();
    }

    /** The caller's party; an official without one (none exists today) may not keep notes. */
    private String party() {
        return user.party().orElseThrow(() -> new AccessDeniedException("notes belong to a party"));
    }

    private NoteSubject subject(String kind) {
        NoteSubject subject = kind == null ? null : subjects.get(kind);
        if (subject == null) {
            throw new InvalidInputException("kind", "refusal.notes.kind", kind, String.join(", ", subjects.keySet()));
        }
        return subject;
    }

    private static String requireText(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("text", "NotBlank");
        }
        if (clean.length() > NoteLimits.TEXT) {
            throw new InvalidInputException("text", "refusal.notes.tooLong", NoteLimits.TEXT);
        }
        return clean;
    }

    /** What the journal keeps of a note: which thing it is on and whose it is, not what it says. */
    private static Map<String, String> onRecord(String kind, String subjectId, String party) {
        return Map.of("subjectKind", kind, "subjectId", subjectId, "party", party);
    }

    private static InternalNote note(ResultSet rs, int row) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new InternalNote(rs.getLong("id"), rs.getString("party_code"), rs.getString("subject_kind"),
                rs.getString("subject_id"), rs.getString("author"), rs.getString("note_text"),
                rs.getTimestamp("written_at").toInstant(), edited == null ? null : edited.toInstant(),
                rs.getInt("version"));
    }
}
