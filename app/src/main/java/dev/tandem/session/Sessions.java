package dev.tandem.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * Stores sessions with their attendance and agenda, and the items waiting on a forum's next agenda. A save checks
 * the version it loaded, so two clerks changing one session at once get a conflict, not a lost update.
 */
@Repository
class Sessions {

    private static final String COLUMNS = "id, forum_code, title, starts_at, zone, duration_min, venue, video_link, "
            + "status, status_note, ical_uid, version";
    private static final String ITEM_COLUMNS = "id, forum_code, session_id, position, kind, track, title, case_ref, "
            + "clearance_position, review_id, minutes, outcome, discussed, carried_from_forum, carried_from_session";

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ForumSession> byId(long id) {
        return load("id = :v", id).stream().findFirst();
    }

    /** A forum's sessions, earliest first, in three statements. */
    List<ForumSession> ofForum(String forumCode) {
        return load("forum_code = :v", forumCode);
    }

    private List<ForumSession> load(String where, Object value) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM forum_session WHERE " + where + " ORDER BY starts_at, id")
                .param("v", value).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Attendee>> attendees = new HashMap<>();
        jdbc.sql("SELECT session_id, party_code, person, role FROM session_attendee WHERE session_id IN (:ids) "
                        + "ORDER BY session_id, position").param("ids", ids)
                .query(rs -> {
                    attendees.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Attendee(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        Map<Long, List<AgendaItem>> agenda = new HashMap<>();
        jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM agenda_item WHERE session_id IN (:ids) ORDER BY session_id, position")
                .param("ids", ids).query((rs, n) -> item(rs)).list()
                .forEach(i -> agenda.computeIfAbsent(i.sessionId(), k -> new ArrayList<>()).add(i));
        return rows.stream().map(r -> new ForumSession(r.id, r.forum, r.title, r.startsAt, ZoneId.of(r.zone), r.minutes,
                r.venue, r.video, SessionStatus.valueOf(r.status), r.note, r.uid, r.version,
                attendees.getOrDefault(r.id, List.of()), agenda.getOrDefault(r.id, List.of()))).toList();
    }

    private record Row(long id, String forum, String title, LocalDateTime startsAt, String zone, int minutes,
                       String venue, String video, String status, String note, String uid, int version) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("forum_code"), rs.getString("title"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getString("zone"), rs.getInt("duration_min"),
                rs.getString("venue"), rs.getString("video_link"), rs.getString("status"), rs.getString("status_note"),
                rs.getString("ical_uid"), rs.getInt("version"));
    }

    private static AgendaItem item(ResultSet rs) throws SQLException {
        long session = rs.getLong("session_id");
        Long sessionId = rs.wasNull() ? null : session;
        int clearance = rs.getInt("clearance_position");
        Integer clearancePosition = rs.wasNull() ? null : clearance;
        long review = rs.getLong("review_id");
        Long reviewId = rs.wasNull() ? null : review;
        long from = rs.getLong("carried_from_session");
        Long fromSession = rs.wasNull() ? null : from;
        return new AgendaItem(rs.getLong("id"), rs.getString("forum_code"), sessionId, rs.getInt("position"),
                AgendaItem.Kind.valueOf(rs.getString("kind")), Track.valueOf(rs.getString("track")),
                rs.getString("title"), rs.getString("case_ref"), clearancePosition, reviewId, rs.getInt("minutes"),
                rs.getString("outcome"), rs.getBoolean("discussed"), rs.getString("carried_from_forum"), fromSession);
    }

    /** Inserts a new session or updates a loaded one (checking its version); answers it as stored. */
    ForumSession save(ForumSession session) {
        long id;
        if (session.id() == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO forum_session (forum_code, title, starts_at, zone, duration_min, venue, video_link, "
                            + "status, status_note, ical_uid, version) VALUES (:forum, :title, :starts, :zone, :min, "
                            + ":venue, :video, :status, :note, :uid, 1)")
                    .param("forum", session.forumCode()).param("title", session.title())
                    .param("starts", session.localStart()).param("zone", session.zone().getId())
                    .param("min", session.durationMinutes()).param("venue", session.venue())
                    .param("video", session.videoLink()).param("status", session.status().name())
                    .param("note", session.statusNote()).param("uid", session.icalUid())
                    .update(keys, "id");
            id = GeneratedKeys.id(keys);
        } else {
            id = session.id();
            int updated = jdbc.sql("UPDATE forum_session SET status = :status, status_note = :note, "
                            + "version = version + 1 WHERE id = :id AND version = :version")
                    .param("status", session.status().name()).param("note", session.statusNote())
                    .param("id", id).param("version", session.version()).update();
            if (updated == 0) {
                throw new ConflictException("version", "refusal.session.changedMeanwhile", session.title());
            }
            jdbc.sql("DELETE FROM session_attendee WHERE session_id = :id").param("id", id).update();
        }
        int position = 0;
        for (Attendee a : session.attendees()) {
            jdbc.sql("INSERT INTO session_attendee (session_id, position, party_code, person, role) "
                            + "VALUES (:id, :pos, :party, :person, :role)")
                    .param("id", id).param("pos", ++position).param("party", a.party()).param("person", a.person())
                    .param("role", a.role()).update();
        }
        for (AgendaItem item : session.agenda()) {
            saveItem(item, id);
        }
        return byId(id).orElseThrow();
    }

    /** Stores an item where it now is; a new one is inserted. */
    void saveItem(AgendaItem item, Long sessionId) {
        if (item.id() == null) {
            jdbc.sql("INSERT INTO agenda_item (forum_code, session_id, position, kind, track, title, case_ref, "
                            + "clearance_position, review_id, minutes, outcome, discussed, carried_from_forum, "
                            + "carried_from_session) VALUES (:forum, :session, :pos, :kind, :track, :title, :ref, "
                            + ":clearance, :review, :min, :outcome, :discussed, :fromForum, :fromSession)")
                    .param("forum", item.forumCode()).param("session", sessionId).param("pos", item.position())
                    .param("kind", item.kind().name()).param("track", item.track().name()).param("title", item.title())
                    .param("ref", item.caseRef()).param("clearance", item.clearancePosition())
                    .param("review", item.reviewId()).param("min", item.minutes()).param("outcome", item.outcome())
                    .param("discussed", item.discussed()).param("fromForum", item.carriedFromForum())
                    .param("fromSession", item.carriedFromSession()).update();
        } else {
            jdbc.sql("UPDATE agenda_item SET forum_code = :forum, session_id = :session, position = :pos, "
                            + "outcome = :outcome, discussed = :discussed, carried_from_forum = :fromForum, "
                            + "carried_from_session = :fromSession WHERE id = :id")
                    .param("forum", item.forumCode()).param("session", sessionId).param("pos", item.position())
                    .param("outcome", item.outcome()).param("discussed", item.discussed())
                    .param("fromForum", item.carriedFromForum()).param("fromSession", item.carriedFromSession())
                    .param("id", item.id()).update();
        }
    }

    /** Items waiting for a forum's next agenda (carried over or set aside), oldest first. */
    List<AgendaItem> waiting(String forumCode) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM agenda_item WHERE forum_code = :f AND session_id IS NULL "
                        + "AND discussed = FALSE ORDER BY id").param("f", forumCode).query((rs, n) -> item(rs)).list();
    }

    Optional<AgendaItem> item(long id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM agenda_item WHERE id = :id").param("id", id)
                .query((rs, n) -> item(rs)).optional();
    }

    /** Items another forum carried over from this one, for the link back. */
    List<AgendaItem> carriedFrom(String forumCode) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM agenda_item WHERE carried_from_forum = :f ORDER BY id")
                .param("f", forumCode).query((rs, n) -> item(rs)).list();
    }

    /** Whether a case's clearance already is on an agenda, discussed or not, of any forum. */
    boolean caseOnAgenda(String caseRef, int clearancePosition) {
        return jdbc.sql("SELECT COUNT(*) FROM agenda_item WHERE case_ref = :ref AND clearance_position = :pos "
                        + "AND discussed = FALSE")
                .param("ref", caseRef).param("pos", clearancePosition).query(Integer.class).single() > 0;
    }
}
