package dev.tandem.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and appends journal rows. It has no statement that updates or deletes an entry, by design.
 */
@Repository
class JournalStore {

    record Head(long lastSeq, String lastHash) {
    }

    private final JdbcClient jdbc;

    JournalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the single head row until the transaction ends, so appends from several nodes form one chain. */
    Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM journal_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    void append(JournalEntry e) {
        jdbc.sql("""
                INSERT INTO journal_entry (seq, recorded_at, actor, actor_party, action, subject_type, subject_id,
                                           before_state, after_state, reason, previous_hash, hash)
                VALUES (:seq, :at, :actor, :party, :action, :type, :id, :before, :after, :reason, :prev, :hash)""")
                .param("seq", e.seq())
                .param("at", Timestamp.from(e.recordedAt()))
                .param("actor", e.actor())
                .param("party", e.actorParty())
                .param("action", e.action())
                .param("type", e.subjectType())
                .param("id", e.subjectId())
                .param("before", e.before())
                .param("after", e.after())
                .param("reason", e.reason())
                .param("prev", e.previousHash())
                .param("hash", e.hash())
                .update();
        jdbc.sql("UPDATE journal_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", e.seq()).param("hash", e.hash()).update();
    }

    Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM journal_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    Optional<JournalEntry> entry(long seq) {
        return jdbc.sql("SELECT * FROM journal_entry WHERE seq = :seq").param("seq", seq)
                .query(JournalStore::map).optional();
    }

    List<JournalEntry> page(long beforeSeq, int limit, JournalFilter filter) {
        return jdbc.sql("""
                SELECT * FROM journal_entry
                WHERE seq < :before
                  AND (CAST(:type AS VARCHAR(200)) IS NULL OR subject_type = :type)
                  AND (CAST(:id AS VARCHAR(200)) IS NULL OR subject_id = :id)
                  AND (CAST(:actor AS VARCHAR(200)) IS NULL OR actor = :actor)
                  AND (CAST(:action AS VARCHAR(200)) IS NULL OR action LIKE CAST(:action AS VARCHAR(200)) || '%')
                  AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR recorded_at >= :from)
                  AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR recorded_at < :to)
                ORDER BY seq DESC""")
                .param("before", beforeSeq)
                .param("type", filter.subjectType())
                .param("id", filter.subjectId())
                .param("actor", filter.actor())
                .param("action", filter.action() == null ? null
                        : filter.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("from", filter.from() == null ? null : java.sql.Timestamp.from(filter.from()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("to", filter.to() == null ? null : java.sql.Timestamp.from(filter.to()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .withMaxRows(limit)
                .query(JournalStore::map)
                .list();
    }

    /** Streams every entry in chain order, without holding them all in memory. */
    void forEachInOrder(Consumer<JournalEntry> consumer) {
        forEachInOrderAfter(0, consumer);
    }

    /** Streams the entries after {@code seq} in chain order. */
    void forEachInOrderAfter(long seq, Consumer<JournalEntry> consumer) {
        jdbc.sql("SELECT * FROM journal_entry WHERE seq > :seq ORDER BY seq")
                .param("seq", seq)
                .withFetchSize(500)
                .query(rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    /** The latest entry up to which the whole chain was verified intact. */
    Optional<JournalVerification.Checkpoint> lastCheckpoint() {
        return jdbc.sql("""
                SELECT seq, hash, verified_at FROM journal_checkpoint ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY""")
                .query((rs, n) -> new JournalVerification.Checkpoint(rs.getLong("seq"), rs.getString("hash"),
                        rs.getTimestamp("verified_at").toInstant()))
                .optional();
    }

    /** Keeps a checkpoint; one already kept for that entry (two checks at once) stays as it is. */
    void keepCheckpoint(JournalVerification.Checkpoint checkpoint) {
        try {
            jdbc.sql("INSERT INTO journal_checkpoint (seq, hash, verified_at) VALUES (:seq, :hash, :at)")
                    .param("seq", checkpoint.seq()).param("hash", checkpoint.hash())
                    .param("at", Timestamp.from(checkpoint.verifiedAt())).update();
        } catch (org.springframework.dao.DuplicateKeyException alreadyKept) {
            // the same entry verified by another check at the same moment: one row says it
        }
    }

    private static JournalEntry map(ResultSet rs, int row) throws SQLException {
        return new JournalEntry(
                rs.getLong("seq"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_party"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("reason"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
