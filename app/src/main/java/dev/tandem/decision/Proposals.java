package dev.tandem.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;
import dev.tandem.common.GeneratedKeys;

/** Stored proposals; every read names the party, so no query can return another party's. */
@Repository
class Proposals {

    private final JdbcClient jdbc;

    Proposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Proposal> of(long reviewId, String party) {
        return jdbc.sql("SELECT * FROM review_proposal WHERE review_id = :r AND party = :p ORDER BY id")
                .param("r", reviewId).param("p", party).query(Proposals::row).list();
    }

    Optional<Proposal> byId(long id, String party) {
        return jdbc.sql("SELECT * FROM review_proposal WHERE id = :id AND party = :p").param("id", id)
                .param("p", party).query(Proposals::row).optional();
    }

    Proposal insert(long reviewId, String party, PositionKind kind, String text, String by, java.time.Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_proposal (review_id, party, kind, text, proposed_by, proposed_at, status, version)
                VALUES (:r, :p, :k, :t, :by, :at, 'PROPOSED', 1)""")
                .param("r", reviewId).param("p", party).param("k", kind.name()).param("t", text).param("by", by)
                .param("at", Timestamp.from(at)).update(keys, "id");
        return byId(GeneratedKeys.id(keys), party).orElseThrow();
    }

    void answer(Proposal p) {
        int updated = jdbc.sql("""
                UPDATE review_proposal SET status = :s, answered_by = :by, answered_at = :at, version = version + 1
                WHERE id = :id AND version = :v""")
                .param("s", p.status()).param("by", p.answeredBy()).param("at", Timestamp.from(p.answeredAt()))
                .param("id", p.id()).param("v", p.version()).update();
        if (updated == 0) {
            throw new ConflictException("proposal", "refusal.decision.changedMeanwhile", p.reviewId());
        }
    }

    private static Proposal row(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Proposal(rs.getLong("id"), rs.getLong("review_id"), rs.getString("party"),
                PositionKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("status"), rs.getString("answered_by"),
                answered == null ? null : answered.toInstant(), rs.getInt("version"));
    }
}
