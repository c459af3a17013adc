package dev.tandem.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;
import dev.tandem.common.GeneratedKeys;

/**
 * Stores joint statements with their versions and signatures. Versions are only ever added; a save checks the
 * version of the statement it loaded, so two co-chairs signing at once cannot both publish different states.
 */
@Repository
class Statements {

    private static final String COLUMNS = "id, forum_code, session_id, title, published_version, published_sha256, "
            + "published_at, carried_from_forum, version";

    private final JdbcClient jdbc;

    Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<JointStatement> byId(long id) {
        return load("id = :v", id).stream().findFirst();
    }

    List<JointStatement> ofForum(String forumCode) {
        return load("forum_code = :v", forumCode);
    }

    List<JointStatement> carriedFrom(String forumCode) {
        return load("carried_from_forum = :v", forumCode);
    }

    private List<JointStatement> load(String where, Object value) {
        List<Object[]> rows = jdbc.sql("SELECT " + COLUMNS + " FROM joint_statement WHERE " + where + " ORDER BY id")
                .param("v", value).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<StatementVersion>> versions = new HashMap<>();
        jdbc.sql("SELECT statement_id, number, text_en, text_ko, drafted_by, drafted_at FROM statement_version "
                        + "WHERE statement_id IN (:ids) ORDER BY statement_id, number").param("ids", ids)
                .query(rs -> {
                    versions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StatementVersion(
                            rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                });
        Map<Long, List<Signature>> signatures = new HashMap<>();
        jdbc.sql("SELECT statement_id, party_code, number, signed_by, signed_at FROM statement_signature "
                        + "WHERE statement_id IN (:ids) ORDER BY statement_id, party_code").param("ids", ids)
                .query(rs -> {
                    signatures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Signature(
                            rs.getString(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return rows.stream().map(r -> new JointStatement((Long) r[0], (String) r[1], (Long) r[2], (String) r[3],
                versions.getOrDefault((Long) r[0], List.of()), signatures.getOrDefault((Long) r[0], List.of()),
                (Integer) r[4], (String) r[5], (Instant) r[6], (String) r[7], (Integer) r[8])).toList();
    }

    private static Object[] row(ResultSet rs) throws SQLException {
        long session = rs.getLong("session_id");
        Long sessionId = rs.wasNull() ? null : session;
        int published = rs.getInt("published_version");
        Integer publishedVersion = rs.wasNull() ? null : published;
        Timestamp at = rs.getTimestamp("published_at");
        return new Object[] {rs.getLong("id"), rs.getString("forum_code"), sessionId, rs.getString("title"),
                publishedVersion, rs.getString("published_sha256"), at == null ? null : at.toInstant(),
                rs.getString("carried_from_forum"), rs.getInt("version")};
    }

    /** Inserts a new statement or updates a loaded one (checking its version); answers it as stored. */
    JointStatement save(JointStatement statement) {
        long id;
        if (statement.id() == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO joint_statement (forum_code, session_id, title, version) "
                            + "VALUES (:forum, :session, :title, 1)")
                    .param("forum", statement.forumCode()).param("session", statement.sessionId())
                    .param("title", statement.title()).update(keys, "id");
            id = GeneratedKeys.id(keys);
        } else {
            id = statement.id();
            int updated = jdbc.sql("UPDATE joint_statement SET forum_code = :forum, published_version = :pv, "
                            + "published_sha256 = :sha, published_at = :at, carried_from_forum = :from, "
                            + "version = version + 1 WHERE id = :id AND version = :version")
                    .param("forum", statement.forumCode()).param("pv", statement.publishedVersion())
                    .param("sha", statement.publishedSha256())
                    .param("at", statement.publishedAt() == null ? null : Timestamp.from(statement.publishedAt()))
                    .param("from", statement.carriedFromForum()).param("id", id)
                    .param("version", statement.version()).update();
            if (updated == 0) {
                throw new ConflictException("version", "refusal.statement.changedMeanwhile", statement.title());
            }
            jdbc.sql("DELETE FROM statement_signature WHERE statement_id = :id").param("id", id).update();
        }
        int stored = jdbc.sql("SELECT COUNT(*) FROM statement_version WHERE statement_id = :id").param("id", id)
                .query(Integer.class).single();
        for (StatementVersion v : statement.versions()) {
            if (v.number() > stored) {
                jdbc.sql("INSERT INTO statement_version (statement_id, number, text_en, text_ko, drafted_by, drafted_at) "
                                + "VALUES (:id, :n, :en, :ko, :by, :at)")
                        .param("id", id).param("n", v.number()).param("en", v.textEn()).param("ko", v.textKo())
                        .param("by", v.draftedBy()).param("at", Timestamp.from(v.draftedAt())).update();
            }
        }
        for (Signature s : statement.signatures()) {
            jdbc.sql("INSERT INTO statement_signature (statement_id, party_code, number, signed_by, signed_at) "
                            + "VALUES (:id, :p, :n, :by, :at)")
                    .param("id", id).param("p", s.party()).param("n", s.number()).param("by", s.signedBy())
                    .param("at", Timestamp.from(s.signedAt())).update();
        }
        return byId(id).orElseThrow();
    }
}
