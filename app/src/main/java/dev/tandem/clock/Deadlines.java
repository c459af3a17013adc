package dev.tandem.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores deadlines. Every read that leads to a change locks the row, so two nodes never both act on one. */
@Repository
class Deadlines {

    private final JdbcClient jdbc;

    Deadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Deadline> byKindAndKeyForUpdate(String kind, String key) {
        return jdbc.sql("SELECT * FROM deadline WHERE kind = :kind AND deadline_key = :key FOR UPDATE")
                .param("kind", kind).param("key", key).query(Deadlines::map).optional();
    }

    Optional<Deadline> byIdForUpdate(long id) {
        return jdbc.sql("SELECT * FROM deadline WHERE id = :id FOR UPDATE").param("id", id)
                .query(Deadlines::map).optional();
    }

    Deadline insert(Deadline d) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO deadline (kind, deadline_key, due_at, title, link, remind_parties, remind_at)
                VALUES (:kind, :key, :due, :title, :link, :parties, :remind)""")
                .param("kind", d.kind()).param("key", d.key()).param("due", timestamp(d.dueAt()))
                .param("title", d.title()).param("link", d.link()).param("parties", parties(d.remindParties()))
                .param("remind", timestamp(d.remindAt()))
                .update(keys, "id");
        return new Deadline(keys.getKey().longValue(), d.kind(), d.key(), d.dueAt(), d.title(), d.link(),
                d.remindParties(), d.remindAt(), null, null);
    }

    void update(Deadline d) {
        jdbc.sql("""
                UPDATE deadline SET due_at = :due, title = :title, link = :link, remind_parties = :parties,
                                    remind_at = :remind, reminded_at = :reminded, reached_at = :reached
                WHERE id = :id""")
                .param("due", timestamp(d.dueAt())).param("title", d.title()).param("link", d.link())
                .param("parties", parties(d.remindParties())).param("remind", timestamp(d.remindAt()))
                .param("reminded", timestamp(d.remindedAt())).param("reached", timestamp(d.reachedAt()))
                .param("id", d.id())
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM deadline WHERE id = :id").param("id", id).update();
    }

    private static String parties(Set<String> parties) {
        return parties == null || parties.isEmpty() ? null : String.join(",", new TreeSet<>(parties));
    }

    private static SqlParameterValue timestamp(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP, instant == null ? null : Timestamp.from(instant));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Deadline map(ResultSet rs, int row) throws SQLException {
        String parties = rs.getString("remind_parties");
        return new Deadline(rs.getLong("id"), rs.getString("kind"), rs.getString("deadline_key"),
                instant(rs, "due_at"), rs.getString("title"), rs.getString("link"),
                parties == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(parties.split(","))),
                instant(rs, "remind_at"), instant(rs, "reminded_at"), instant(rs, "reached_at"));
    }
}
