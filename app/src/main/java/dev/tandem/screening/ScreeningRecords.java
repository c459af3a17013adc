package dev.tandem.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;
import dev.tandem.common.GeneratedKeys;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.match.Hit;

/** Stores the names Tandem keeps screening, their hits, and remembered false positives. */
@Repository
class ScreeningRecords {

    private static final String HIT_SELECT = """
            SELECT h.*, s.subject_ref, s.name AS subject_name FROM screening_hit h
            JOIN screening_subject s ON s.id = h.subject_id
            """;

    private final JdbcClient jdbc;

    ScreeningRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subject> subject(String ref) {
        return jdbc.sql("SELECT * FROM screening_subject WHERE subject_ref = :ref").param("ref", ref)
                .query(ScreeningRecords::subject).optional();
    }

    List<Subject> subjects() {
        return jdbc.sql("SELECT * FROM screening_subject ORDER BY id").query(ScreeningRecords::subject).list();
    }

    Subject saveSubject(String ref, String name, EntryType type, String birthDate, String nationality, Instant now) {
        Optional<Subject> existing = subject(ref);
        if (existing.isPresent()) {
            jdbc.sql("""
                    UPDATE screening_subject SET name = :name, subject_type = :type, birth_date = :dob,
                           nationality = :nat WHERE id = :id""")
                    .param("name", name).param("type", type == null ? null : type.name()).param("dob", birthDate)
                    .param("nat", nationality).param("id", existing.get().id()).update();
            return subject(ref).orElseThrow();
        }
        jdbc.sql("""
                INSERT INTO screening_subject (subject_ref, name, subject_type, birth_date, nationality, registered_at)
                VALUES (:ref, :name, :type, :dob, :nat, :at)""")
                .param("ref", ref).param("name", name).param("type", type == null ? null : type.name())
                .param("dob", birthDate).param("nat", nationality).param("at", Timestamp.from(now)).update();
        return subject(ref).orElseThrow();
    }

    /** The hit already raised for this subject and entry that is still open or confirmed, if any. */
    Optional<HitView> standingHit(long subjectId, ListSource source, String reference, String fingerprint) {
        return jdbc.sql(HIT_SELECT + """
                 WHERE h.subject_id = :s AND h.list_source = :src AND h.reference = :ref
                   AND h.entry_fingerprint = :fp AND h.status IN ('OPEN', 'TRUE_MATCH', 'FALSE_POSITIVE')""")
                .param("s", subjectId).param("src", source.name()).param("ref", reference).param("fp", fingerprint)
                .query(ScreeningRecords::screeningHit).optional().map(ScreeningHit::view);
    }

    boolean knownFalsePositive(String nameKey, ListSource source, String reference, String fingerprint) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM false_positive
                WHERE name_key = :k AND list_source = :s AND reference = :r AND entry_fingerprint = :f""")
                .param("k", nameKey).param("s", source.name()).param("r", reference).param("f", fingerprint)
                .query(Integer.class).single() > 0;
    }

    HitView insertHit(Subject subject, Hit hit, String fingerprint, long versionId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO screening_hit (subject_id, list_source, reference, entry_fingerprint, list_version_id,
                                           listed_name, matched_name, score, explanation, status, raised_at, version)
                VALUES (:s, :src, :ref, :fp, :v, :listed, :matched, :score, :why, 'OPEN', :at, 1)""")
                .param("s", subject.id()).param("src", hit.source().name()).param("ref", hit.reference())
                .param("fp", fingerprint).param("v", versionId).param("listed", hit.listedName())
                .param("matched", hit.matchedName()).param("score", hit.score())
                .param("why", hit.explanation().toString()).param("at", Timestamp.from(now))
                .update(keys, "id");
        return hitById(GeneratedKeys.id(keys)).orElseThrow();
    }

    Optional<HitView> hitById(long id) {
        return load(id).map(ScreeningHit::view);
    }

    List<HitView> hits(HitStatus status, String subjectRef, int limit) {
        return jdbc.sql(HIT_SELECT + """
                 WHERE (CAST(:status AS VARCHAR(200)) IS NULL OR h.status = :status) AND (CAST(:ref AS VARCHAR(200)) IS NULL OR s.subject_ref = :ref)
                 ORDER BY h.id DESC""")
                .param("status", status == null ? null : status.name()).param("ref", subjectRef)
                .withMaxRows(limit).query(ScreeningRecords::screeningHit).list()
                .stream().map(ScreeningHit::view).toList();
    }

    List<HitView> hitsOfSubjects(java.util.Collection<String> subjectRefs) {
        return jdbc.sql(HIT_SELECT + " WHERE s.subject_ref IN (:refs) ORDER BY h.id DESC")
                .param("refs", List.copyOf(subjectRefs)).query(ScreeningRecords::screeningHit).list()
                .stream().map(ScreeningHit::view).toList();
    }

    List<ScreeningHit> openHitsOn(ListSource source, String reference) {
        return jdbc.sql(HIT_SELECT + " WHERE h.status = 'OPEN' AND h.list_source = :src AND h.reference = :ref")
                .param("src", source.name()).param("ref", reference).query(ScreeningRecords::screeningHit).list();
    }

    Optional<ScreeningHit> load(long id) {
        return jdbc.sql(HIT_SELECT + " WHERE h.id = :id").param("id", id).query(ScreeningRecords::screeningHit)
                .optional();
    }

    /**
     * Stores what a hit became, if nobody changed it since it was loaded: the hit object checked the change, this
     * only writes it (a stale version is a conflict, never a lost decision).
     */
    HitView save(ScreeningHit hit) {
        ScreeningHit.Proposal p = hit.proposal();
        int updated = jdbc.sql("""
                UPDATE screening_hit SET status = :status, decided_by = :by, decided_at = :at,
                       decision_reason = :reason, proposed_by = :pby, proposer_role = :prole,
                       proposer_party = :pparty, proposed_at = :pat, proposal_reason = :preason,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", hit.status().name()).param("by", hit.decidedBy())
                .param("at", hit.decidedAt() == null ? null : Timestamp.from(hit.decidedAt()))
                .param("reason", hit.decisionReason())
                .param("pby", p == null ? null : p.by()).param("prole", p == null ? null : p.role())
                .param("pparty", p == null ? null : p.party())
                .param("pat", p == null ? null : Timestamp.from(p.at()))
                .param("preason", p == null ? null : p.reason())
                .param("id", hit.id()).param("version", hit.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("version", "refusal.screening.hit.changedMeanwhile", hit.id());
        }
        return hitById(hit.id()).orElseThrow();
    }

    void rememberFalsePositive(String nameKey, HitView hit, String fingerprint) {
        if (!knownFalsePositive(nameKey, hit.source(), hit.reference(), fingerprint)) {
            jdbc.sql("""
                    INSERT INTO false_positive (name_key, list_source, reference, entry_fingerprint, hit_id)
                    VALUES (:k, :s, :r, :f, :h)""")
                    .param("k", nameKey).param("s", hit.source().name()).param("r", hit.reference())
                    .param("f", fingerprint).param("h", hit.id()).update();
        }
    }

    String fingerprintOf(long hitId) {
        return jdbc.sql("SELECT entry_fingerprint FROM screening_hit WHERE id = :id").param("id", hitId)
                .query(String.class).single();
    }

    private static Subject subject(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("subject_type");
        return new Subject(rs.getLong("id"), rs.getString("subject_ref"), rs.getString("name"),
                type == null ? null : EntryType.valueOf(type), rs.getString("birth_date"), rs.getString("nationality"));
    }

    private static ScreeningHit screeningHit(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        HitView stored = new HitView(rs.getLong("id"), rs.getString("subject_ref"), rs.getString("subject_name"),
                ListSource.valueOf(rs.getString("list_source")), rs.getString("reference"),
                rs.getString("listed_name"), rs.getString("matched_name"), rs.getDouble("score"),
                rs.getString("explanation"), HitStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("raised_at").toInstant(), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("decision_reason"), rs.getInt("version"),
                false, null, null, null, null, null);
        String proposedBy = rs.getString("proposed_by");
        ScreeningHit.Proposal proposal = proposedBy == null ? null : new ScreeningHit.Proposal(proposedBy,
                rs.getString("proposer_role"), rs.getString("proposer_party"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("proposal_reason"));
        return new ScreeningHit(stored, proposal);
    }
}
