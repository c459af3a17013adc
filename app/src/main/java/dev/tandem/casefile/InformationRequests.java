package dev.tandem.casefile;

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

/** Stores the secretariat's questions to applicants and their answers. */
@Repository
class InformationRequests {

    private final JdbcClient jdbc;

    InformationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    InformationRequest ask(long caseId, String question, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_rfi (case_id, question, asked_by, asked_at) VALUES (:c, :q, :by, :at)")
                .param("c", caseId).param("q", question).param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        return byId(caseId, GeneratedKeys.id(keys)).orElseThrow();
    }

    /**
     * Stores the answer the request now holds (see {@link InformationRequest#answer}). Two answers at once: the
     * second finds the stored request answered and is a conflict, never an overwrite.
     */
    InformationRequest saveAnswer(long caseId, InformationRequest answered) {
        int updated = jdbc.sql("""
                UPDATE case_rfi SET answer = :a, answered_by = :by, answered_at = :at
                WHERE id = :id AND case_id = :c AND answer IS NULL""")
                .param("a", answered.answer()).param("by", answered.answeredBy())
                .param("at", Timestamp.from(answered.answeredAt())).param("id", answered.id()).param("c", caseId)
                .update();
        if (updated == 0) {
            throw new ConflictException("request", "refusal.casefile.answeredAlready", String.valueOf(answered.id()));
        }
        return byId(caseId, answered.id()).orElseThrow();
    }

    List<InformationRequest> of(long caseId) {
        return jdbc.sql("SELECT * FROM case_rfi WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query(InformationRequests::map).list();
    }

    Optional<InformationRequest> byId(long caseId, long id) {
        return jdbc.sql("SELECT * FROM case_rfi WHERE case_id = :c AND id = :id").param("c", caseId).param("id", id)
                .query(InformationRequests::map).optional();
    }

    private static InformationRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new InformationRequest(rs.getLong("id"), rs.getString("question"), rs.getString("asked_by"),
                rs.getTimestamp("asked_at").toInstant(), rs.getString("answer"), rs.getString("answered_by"),
                answered == null ? null : answered.toInstant());
    }
}
