package dev.tandem.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores notices. */
@Repository
class Notices {

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String title, String link, Instant dueAt, Instant createdAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notice (username, title, link, due_at, created_at)
                VALUES (:u, :title, :link, :due, :created)""")
                .param("u", username).param("title", title).param("link", link)
                .param("due", timestamp(dueAt)).param("created", timestamp(createdAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A user's notices, unread first, newest first within each. */
    List<Notice> of(String username, int limit) {
        return jdbc.sql("""
                SELECT * FROM notice WHERE username = :u
                ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC
                FETCH FIRST :limit ROWS ONLY""")
                .param("u", username).param("limit", limit).query(Notices::map).list();
    }

    long unread(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = :u AND read_at IS NULL")
                .param("u", username).query(Long.class).single();
    }

    Optional<Notice> byId(long id) {
        return jdbc.sql("SELECT * FROM notice WHERE id = :id").param("id", id).query(Notices::map).optional();
    }

    Optional<Notice> byIdForUpdate(long id) {
        return jdbc.sql("SELECT * FROM notice WHERE id = :id FOR UPDATE").param("id", id).query(Notices::map)
                .optional();
    }

    void markRead(Notice notice) {
        jdbc.sql("UPDATE notice SET read_at = :at WHERE id = :id")
                .param("at", timestamp(notice.readAt())).param("id", notice.id()).update();
    }

    private static SqlParameterValue timestamp(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP, instant == null ? null : Timestamp.from(instant));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Notice map(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getString("username"), rs.getString("title"), rs.getString("link"),
                instant(rs, "due_at"), instant(rs, "created_at"), instant(rs, "read_at"));
    }
}
