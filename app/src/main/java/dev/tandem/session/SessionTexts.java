package dev.tandem.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;

/** Stores the texts of a session: the revisions of its minutes and the parties' readouts. */
@Repository
class SessionTexts {

    private final JdbcClient jdbc;

    SessionTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MinutesRevision> revisions(long sessionId) {
        return jdbc.sql("SELECT session_id, revision, html, saved_by, saved_at FROM minutes_revision "
                        + "WHERE session_id = :s ORDER BY revision").param("s", sessionId)
                .query((rs, n) -> new MinutesRevision(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /** Adds a revision; the primary key refuses a second save of the same number, so concurrent saves conflict. */
    void addRevision(MinutesRevision revision) {
        try {
            jdbc.sql("INSERT INTO minutes_revision (session_id, revision, html, saved_by, saved_at) "
                            + "VALUES (:s, :r, :html, :by, :at)")
                    .param("s", revision.sessionId()).param("r", revision.revision()).param("html", revision.html())
                    .param("by", revision.savedBy()).param("at", Timestamp.from(revision.savedAt())).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("baseRevision", "refusal.session.minutesMeanwhile", revision.revision());
        }
    }

    List<Readout> readouts(long sessionId) {
        return jdbc.sql("SELECT session_id, party_code, html, written_by, written_at, published_at, version "
                        + "FROM session_readout WHERE session_id = :s ORDER BY party_code").param("s", sessionId)
                .query((rs, n) -> new Readout(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getInt(7))).list();
    }

    Optional<Readout> readout(long sessionId, String party) {
        return readouts(sessionId).stream().filter(r -> r.party().equals(party)).findFirst();
    }

    /** Writes a party's readout; an update checks the version it was based on. */
    void saveReadout(Readout readout, Integer basedOn) {
        Timestamp published = readout.publishedAt() == null ? null : Timestamp.from(readout.publishedAt());
        if (basedOn == null) {
            try {
                jdbc.sql("INSERT INTO session_readout (session_id, party_code, html, written_by, written_at, "
                                + "published_at, version) VALUES (:s, :p, :html, :by, :at, :pub, 1)")
                        .param("s", readout.sessionId()).param("p", readout.party()).param("html", readout.html())
                        .param("by", readout.writtenBy()).param("at", Timestamp.from(readout.writtenAt()))
                        .param("pub", published).update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw new ConflictException("version", "refusal.session.readoutMeanwhile", readout.party());
            }
            return;
        }
        int updated = jdbc.sql("UPDATE session_readout SET html = :html, written_by = :by, written_at = :at, "
                        + "published_at = :pub, version = version + 1 "
                        + "WHERE session_id = :s AND party_code = :p AND version = :v")
                .param("html", readout.html()).param("by", readout.writtenBy())
                .param("at", Timestamp.from(readout.writtenAt())).param("pub", published)
                .param("s", readout.sessionId()).param("p", readout.party()).param("v", basedOn).update();
        if (updated == 0) {
            throw new ConflictException("version", "refusal.session.readoutMeanwhile", readout.party());
        }
    }
}
