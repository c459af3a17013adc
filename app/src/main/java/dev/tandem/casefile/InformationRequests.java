package dev.tandem.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the secretariat's questions to applicants and their answers. */
@Repository
class InformationRequests {

    private final JdbcClient jdbc;

    InformationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void ask(long caseId, String question, String by, Instant at) {
        jdbc.sql("INSERT INTO case_rfi (case_id, question, asked_by, asked_at) VALUES (:c, :q, :by, :at)")
                .param("c", caseId).param("q", question).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** Records the answer if the question is still unanswered; false when someone answered first. */
    boolean answer(long caseId, long id, String answer, String by, Instant at) {
        return jdbc.sql("""
                UPDATE case_rfi SET answer = :a, answered_by = :by, answered_at = :at
                WHERE id = :id AND case_id = :c AND answer IS NULL""")
                .param("a", answer).param("by", by).param("at", Timestamp.from(at)).param("id", id).param("c", caseId)
                .update() == 1;
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
