package dev.tandem.forum;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;
import dev.tandem.common.GeneratedKeys;

/**
 * Stores forums with their parties, timelines and co-chairs. A save checks the version it loaded, so two people
 * changing one forum at once get a conflict rather than a lost update.
 */
@Repository
class Forums {

    private final JdbcClient jdbc;

    Forums(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every forum with its children, in five queries however many there are. */
    List<Forum> all() {
        return load("", Map.of());
    }

    Optional<Forum> byCode(String code) {
        return load("WHERE f.code = :code", Map.of("code", code)).stream().findFirst();
    }

    /**
     * Loads the forums a condition selects, then each kind of child (parties, timeline events, co-chairs,
     * charters) for all of them in one query, grouped by forum: a fixed number of queries, never one per forum.
     */
    private List<Forum> load(String where, Map<String, ?> params) {
        record Row(long id, String code, String nameEn, String nameKo, ForumKind kind, String successor, int version) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT f.id, f.code, f.name_en, f.name_ko, f.kind, f.version, s.code AS successor
                FROM forum f LEFT JOIN forum s ON s.id = f.successor_id
                """ + where + " ORDER BY f.id")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name_en"),
                        rs.getString("name_ko"), ForumKind.valueOf(rs.getString("kind")), rs.getString("successor"),
                        rs.getInt("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<String>> parties = byForum(ids, "SELECT forum_id, party_code FROM forum_party "
                + "WHERE forum_id IN (:ids) ORDER BY forum_id, party_code", (rs, n) -> rs.getString("party_code"));
        Map<Long, List<TimelineEvent>> timelines = byForum(ids, "SELECT forum_id, kind, occurred_on, note "
                + "FROM forum_event WHERE forum_id IN (:ids) ORDER BY forum_id, position",
                (rs, n) -> new TimelineEvent(ForumStatus.valueOf(rs.getString("kind")),
                        rs.getDate("occurred_on").toLocalDate(), rs.getString("note")));
        Map<Long, List<CoChair>> coChairs = byForum(ids, "SELECT forum_id, party_code, person, title, from_date, "
                + "to_date FROM forum_co_chair WHERE forum_id IN (:ids) ORDER BY forum_id, position",
                (rs, n) -> new CoChair(rs.getString("party_code"), rs.getString("person"), rs.getString("title"),
                        rs.getDate("from_date").toLocalDate(),
                        rs.getDate("to_date") == null ? null : rs.getDate("to_date").toLocalDate()));
        Map<Long, List<Charter>> charters = byForum(ids, "SELECT * FROM charter WHERE forum_id IN (:ids) "
                + "ORDER BY forum_id, version",
                (rs, n) -> new Charter(rs.getInt("version"), rs.getString("name"), rs.getString("name_ko"),
                        rs.getDate("effective_from").toLocalDate(), DecisionRule.valueOf(rs.getString("decision_rule")),
                        rs.getInt("no_objection_working_days"), rs.getBoolean("holds_allowed"),
                        CaseRouting.valueOf(rs.getString("case_routing")), rs.getInt("objection_window_days"),
                        rs.getInt("forum_review_days"), rs.getString("note")));
        return rows.stream().map(r -> new Forum(r.id(), r.code(), r.nameEn(), r.nameKo(), r.kind(),
                        new LinkedHashSet<>(parties.getOrDefault(r.id(), List.of())),
                        timelines.getOrDefault(r.id(), List.of()), coChairs.getOrDefault(r.id(), List.of()),
                        charters.getOrDefault(r.id(), List.of()), r.successor(), r.version()))
                .toList();
    }

    /** The children a query finds, by the forum they belong to, in the query's order. */
    private <T> Map<Long, List<T>> byForum(List<Long> ids, String sql, RowMapper<T> child) {
        Map<Long, List<T>> grouped = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((RowCallbackHandler) rs ->
                grouped.computeIfAbsent(rs.getLong("forum_id"), k -> new ArrayList<>()).add(child.mapRow(rs, 0)));
        return grouped;
    }

    /** Inserts a new forum or writes a loaded one back; returns the stored state. */
    Forum save(Forum forum) {
        long id;
        if (forum.id() == null) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO forum (code, name_en, name_ko, kind, version)
                    VALUES (:code, :en, :ko, :kind, 1)""")
                    .param("code", forum.code()).param("en", forum.nameEn()).param("ko", forum.nameKo())
                    .param("kind", forum.kind().name())
                    .update(keys, "id");
            id = GeneratedKeys.id(keys);
            for (String party : forum.parties()) {
                jdbc.sql("INSERT INTO forum_party (forum_id, party_code) VALUES (:id, :party)")
                        .param("id", id).param("party", party).update();
            }
        } else {
            id = forum.id();
            int updated = jdbc.sql("""
                    UPDATE forum SET version = version + 1,
                           successor_id = (SELECT s.id FROM forum s WHERE s.code = :successor)
                    WHERE id = :id AND version = :version""")
                    .param("successor", forum.successorCode())
                    .param("id", id).param("version", forum.version())
                    .update();
            if (updated == 0) {
                throw new ConflictException("version", "forum " + forum.code()
                        + " was changed by someone else since it was loaded; reload it and try again");
            }
            jdbc.sql("DELETE FROM forum_event WHERE forum_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM forum_co_chair WHERE forum_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM charter WHERE forum_id = :id").param("id", id).update();
        }
        int position = 0;
        for (TimelineEvent event : forum.timeline()) {
            jdbc.sql("""
                    INSERT INTO forum_event (forum_id, position, kind, occurred_on, note)
                    VALUES (:id, :pos, :kind, :on, :note)""")
                    .param("id", id).param("pos", position++).param("kind", event.status().name())
                    .param("on", Date.valueOf(event.on())).param("note", event.note())
                    .update();
        }
        position = 0;
        for (CoChair chair : forum.coChairs()) {
            jdbc.sql("""
                    INSERT INTO forum_co_chair (forum_id, position, party_code, person, title, from_date, to_date)
                    VALUES (:id, :pos, :party, :person, :title, :from, :to)""")
                    .param("id", id).param("pos", position++).param("party", chair.party())
                    .param("person", chair.person()).param("title", chair.title())
                    .param("from", Date.valueOf(chair.from()))
                    .param("to", chair.to() == null ? null : Date.valueOf(chair.to()))
                    .update();
        }
        for (Charter c : forum.charters()) {
            jdbc.sql("""
                    INSERT INTO charter (forum_id, version, name, name_ko, effective_from, decision_rule, no_objection_working_days,
                                         holds_allowed, case_routing, objection_window_days, forum_review_days, note)
                    VALUES (:id, :version, :name, :nameKo, :from, :rule, :days, :holds, :routing, :window, :review, :note)""")
                    .param("id", id).param("version", c.version()).param("name", c.name()).param("nameKo", c.nameKo())
                    .param("from", Date.valueOf(c.effectiveFrom())).param("rule", c.decisionRule().name())
                    .param("days", c.noObjectionWorkingDays()).param("holds", c.holdsAllowed())
                    .param("routing", c.caseRouting().name()).param("window", c.objectionWindowDays())
                    .param("review", c.forumReviewDays()).param("note", c.note())
                    .update();
        }
        return byCode(forum.code()).orElseThrow();
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM forum WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }
}
