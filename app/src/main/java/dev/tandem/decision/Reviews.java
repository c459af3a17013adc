package dev.tandem.decision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;
import dev.tandem.common.GeneratedKeys;

/** Stored reviews with their positions: a review in two statements, a list in two. */
@Repository
class Reviews {

    private static final List<String> OPEN = Arrays.stream(Stage.values()).filter(Stage::isOpen).map(Enum::name).toList();

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Review> byId(long id) {
        return withPositions(jdbc.sql("SELECT * FROM review WHERE id = :id").param("id", id).query(this::row).list())
                .stream().findFirst();
    }

    /**
     * The review, its row locked until the transaction ends, so that two positions taken at once are judged one
     * after the other (the second sees the first: an objection that ended a procedure, a hold that stopped it).
     */
    Optional<Review> lock(long id) {
        return withPositions(jdbc.sql("SELECT * FROM review WHERE id = :id FOR UPDATE").param("id", id)
                .query(this::row).list()).stream().findFirst();
    }

    List<Review> openOfForum(String forum) {
        return withPositions(jdbc.sql("SELECT * FROM review WHERE forum_code = :f AND stage IN (:open) ORDER BY id")
                .param("f", forum).param("open", OPEN).query(this::row).list());
    }

    /** Everything a forum's queue page shows: its open items, and those decided or handed over, newest first. */
    List<Review> ofForum(String forum, int limit) {
        return withPositions(jdbc.sql("""
                SELECT * FROM review WHERE (forum_code = :f OR moved_from = :f) AND stage <> 'SUPERSEDED'
                ORDER BY id DESC FETCH FIRST :limit ROWS ONLY""")
                .param("f", forum).param("limit", limit).query(this::row).list());
    }

    List<Review> openOfCase(String caseRef) {
        return withPositions(jdbc.sql("SELECT * FROM review WHERE case_ref = :c AND stage IN (:open) ORDER BY id")
                .param("c", caseRef).param("open", OPEN).query(this::row).list());
    }

    /** The items of the case with this title, for the demo's record of the past. */
    List<Review> ofCaseTitled(String title) {
        return withPositions(jdbc.sql("SELECT * FROM review WHERE case_title = :t ORDER BY id")
                .param("t", title).query(this::row).list());
    }

    List<Review> ofCase(String caseRef) {
        return withPositions(jdbc.sql("SELECT * FROM review WHERE case_ref = :c ORDER BY id")
                .param("c", caseRef).query(this::row).list());
    }

    /**
     * Items whose clock runs across {@code day}: counting from before it, due on or after it (the parties it waits
     * on are the caller's to check).
     */
    List<Review> countingAcross(LocalDate day) {
        return withPositions(jdbc.sql("""
                SELECT * FROM review WHERE stage IN ('NOTICE', 'PROCEDURE') AND due_on >= :day AND clock_from < :day
                ORDER BY id""").param("day", Date.valueOf(day)).query(this::row).list());
    }

    /** Open items that ask parties for positions, for the "waiting for you" list. */
    List<Review> asking() {
        return withPositions(jdbc.sql("SELECT * FROM review WHERE stage IN ('NOTICE', 'QUEUED', 'AT_SESSION', "
                + "'PROCEDURE') ORDER BY id").query(this::row).list());
    }

    Review save(Review r) {
        long id;
        if (r.id() == null) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO review (case_ref, case_title, clearance_position, authority, forum_code, parties,
                                        partners, stage, decision_rule, holds_allowed, window_days, procedure_days,
                                        opened_on, due_on, clock_from, clock_days, remaining_days, session_id,
                                        outcome, conditions, outcome_reason, decided_at, moved_from, round, version)
                    VALUES (:ref, :title, :pos, :authority, :forum, :parties, :partners, :stage, :rule, :holds,
                            :window, :procDays, :opened, :due, :clockFrom, :clockDays, :remaining, :session, :outcome, :conditions, :reason,
                            :decidedAt, :movedFrom, :round, 1)""")
                    .params(columns(r)).update(keys, "id");
            id = GeneratedKeys.id(keys);
        } else {
            id = r.id();
            int updated = jdbc.sql("""
                    UPDATE review SET forum_code = :forum, stage = :stage, due_on = :due,
                           clock_from = :clockFrom, clock_days = :clockDays, remaining_days = :remaining, session_id = :session, outcome = :outcome,
                           conditions = :conditions, outcome_reason = :reason, decided_at = :decidedAt,
                           moved_from = :movedFrom, round = :round, version = version + 1
                    WHERE id = :id AND version = :version""")
                    .params(columns(r)).param("id", id).param("version", r.version()).update();
            if (updated == 0) {
                throw new ConflictException("version", "refusal.decision.changedMeanwhile", id);
            }
        }
        List<Position> stored = jdbc.sql("SELECT * FROM review_position WHERE review_id = :id ORDER BY id")
                .param("id", id).query(Reviews::position).list();
        for (Position p : r.positions().subList(stored.size(), r.positions().size())) {
            jdbc.sql("""
                    INSERT INTO review_position (review_id, party, kind, text, taken_by, delegated, round, taken_at)
                    VALUES (:id, :party, :kind, :text, :by, :delegated, :round, :at)""")
                    .param("id", id).param("party", p.party()).param("kind", p.kind().name()).param("text", p.text())
                    .param("by", p.takenBy()).param("delegated", p.delegated()).param("round", p.round())
                    .param("at", Timestamp.from(p.takenAt())).update();
        }
        return byId(id).orElseThrow();
    }

    private static Map<String, Object> columns(Review r) {
        Map<String, Object> p = new HashMap<>();
        p.put("ref", r.caseRef());
        p.put("title", r.caseTitle());
        p.put("pos", r.clearancePosition());
        p.put("authority", r.authority());
        p.put("forum", r.forumCode());
        p.put("parties", String.join(",", new TreeSet<>(r.parties())));
        p.put("partners", String.join(",", new TreeSet<>(r.partners())));
        p.put("stage", r.stage().name());
        p.put("rule", r.decisionRule());
        p.put("holds", r.holdsAllowed());
        p.put("window", r.windowDays());
        p.put("procDays", r.procedureDays());
        p.put("opened", Date.valueOf(r.openedOn()));
        p.put("due", r.dueOn() == null ? null : Date.valueOf(r.dueOn()));
        p.put("clockFrom", r.count() == null ? null : Date.valueOf(r.count().from()));
        p.put("clockDays", r.count() == null ? null : r.count().days());
        p.put("remaining", r.remainingDays());
        p.put("session", r.sessionId());
        p.put("outcome", r.outcome() == null ? null : r.outcome().name());
        p.put("conditions", r.conditions());
        p.put("reason", r.outcomeReason());
        p.put("decidedAt", r.decidedAt() == null ? null : Timestamp.from(r.decidedAt()));
        p.put("movedFrom", r.movedFrom());
        p.put("round", r.round());
        return p;
    }

    /** A review row, its positions attached afterwards. */
    private Review row(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("due_on");
        Date clockFrom = rs.getDate("clock_from");
        Timestamp decided = rs.getTimestamp("decided_at");
        String outcome = rs.getString("outcome");
        return new Review(rs.getLong("id"), rs.getString("case_ref"), rs.getString("case_title"),
                rs.getInt("clearance_position"), rs.getString("authority"), rs.getString("forum_code"),
                codes(rs.getString("parties")), codes(rs.getString("partners")), Stage.valueOf(rs.getString("stage")),
                rs.getString("decision_rule"), rs.getBoolean("holds_allowed"), rs.getInt("window_days"),
                rs.getInt("procedure_days"), rs.getDate("opened_on").toLocalDate(),
                due == null ? null : due.toLocalDate(),
                clockFrom == null ? null : new Review.Count(clockFrom.toLocalDate(), rs.getInt("clock_days")),
                (Integer) rs.getObject("remaining_days", Integer.class),
                (Long) rs.getObject("session_id", Long.class), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("conditions"), rs.getString("outcome_reason"),
                decided == null ? null : decided.toInstant(), rs.getString("moved_from"), rs.getInt("round"),
                rs.getInt("version"), List.of());
    }

    private List<Review> withPositions(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return reviews;
        }
        Map<Long, List<Position>> byReview = new HashMap<>();
        jdbc.sql("SELECT * FROM review_position WHERE review_id IN (:ids) ORDER BY id")
                .param("ids", reviews.stream().map(Review::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("review_id"), position(rs, n))).list()
                .forEach(e -> byReview.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Review> full = new ArrayList<>();
        for (Review r : reviews) {
            full.add(new Review(r.id(), r.caseRef(), r.caseTitle(), r.clearancePosition(), r.authority(),
                    r.forumCode(), r.parties(), r.partners(), r.stage(), r.decisionRule(), r.holdsAllowed(),
                    r.windowDays(), r.procedureDays(), r.openedOn(), r.dueOn(), r.count(), r.remainingDays(), r.sessionId(),
                    r.outcome(), r.conditions(), r.outcomeReason(), r.decidedAt(), r.movedFrom(), r.round(),
                    r.version(), byReview.getOrDefault(r.id(), List.of())));
        }
        return full;
    }

    private static Position position(ResultSet rs, int n) throws SQLException {
        return new Position(rs.getString("party"), PositionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                rs.getString("taken_by"), rs.getBoolean("delegated"), rs.getInt("round"),
                rs.getTimestamp("taken_at").toInstant());
    }

    private static Set<String> codes(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    static LocalDate day(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static String joined(Collection<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }
}
