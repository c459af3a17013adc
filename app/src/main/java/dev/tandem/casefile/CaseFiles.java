package dev.tandem.casefile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;
import dev.tandem.common.GeneratedKeys;

/**
 * Stores cases with everything they hold. A save checks the version it loaded, so two people editing one case at
 * once get a conflict, not a lost update.
 */
@Repository
class CaseFiles {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final CaseSearchLog searchLog;
    private final ListTotals totals;
    private final ApplicationEventPublisher events;

    CaseFiles(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CaseSearchLog searchLog, ListTotals totals,
              ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.searchLog = searchLog;
        this.totals = totals;
        this.events = events;
    }

    Optional<CaseFile> byRef(String ref) {
        List<CaseFile> found = load("ref = ?", List.of(ref));
        return found.stream().findFirst();
    }

    /** Who a case belongs to and where it stands: enough to decide who may see its documents or questions. */
    record Key(long id, String ref, String applicant, CaseStatus status) {
    }

    Optional<Key> key(String ref) {
        return jdbc.sql("SELECT id, ref, applicant, status FROM case_file WHERE ref = :ref").param("ref", ref)
                .query((rs, n) -> new Key(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CaseStatus.valueOf(rs.getString(4))))
                .optional();
    }

    /**
     * Whole cases by id, in six queries however many cases and however large they are: the cases, then each kind
     * of child row for all of them at once.
     */
    List<CaseFile> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load("id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")",
                List.copyOf(ids));
    }

    private List<CaseFile> load(String where, List<?> query) {
        List<Row> rows = jdbc.sql("SELECT * FROM case_file WHERE " + where + " ORDER BY id").params(query)
                .query(CaseFiles::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        // the ids themselves, not a subquery: H2 would scan the child tables for "IN (SELECT ...)"
        List<Long> ids = rows.stream().map(Row::id).toList();
        String children = " WHERE case_id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?"))
                + ") ORDER BY case_id, position";
        List<?> args = ids;
        Map<Long, List<LineItem>> items = grouped("SELECT * FROM case_item" + children, args, (rs, n) -> new LineItem(
                rs.getString("description"), rs.getString("specification"), rs.getBigDecimal("quantity"),
                rs.getString("unit"), rs.getString("hs_code"), rs.getBigDecimal("unit_value_usd"),
                rs.getBigDecimal("total_value_usd"), rs.getString("direction"), rs.getBoolean("possible_military_use"),
                rs.getString("declared_purpose"), rs.getString("product"), rs.getString("purpose_checked_by"),
                rs.getTimestamp("purpose_checked_at") == null ? null : rs.getTimestamp("purpose_checked_at").toInstant()));
        Map<Long, List<Counterparty>> parties = grouped("SELECT * FROM case_counterparty" + children, args,
                (rs, n) -> new Counterparty(CounterpartyRole.valueOf(rs.getString("role")), rs.getString("name"),
                        rs.getString("kind"), rs.getString("country")));
        Map<Long, List<StatusEvent>> history = grouped("SELECT * FROM case_status_event" + children, args,
                (rs, n) -> new StatusEvent(CaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("at_time").toInstant(), rs.getString("actor"), rs.getString("note")));
        Map<Long, List<Finding>> findings = grouped("SELECT * FROM case_finding" + children, args,
                (rs, n) -> new Finding(rs.getString("rule_id"), rs.getString("rule_version"), rs.getString("kind"),
                        rs.getString("consequence"), (Integer) rs.getObject("line", Integer.class),
                        rs.getString("citation"), rs.getString("reason_en"), rs.getString("reason_ko")));
        Map<Long, List<Clearance>> clearances = grouped("SELECT * FROM case_clearance" + children, args,
                (rs, n) -> new Clearance(rs.getString("authority"), rs.getString("status"),
                        rs.getString("reason_en"), rs.getString("reason_ko"),
                        Arrays.asList(rs.getString("citations").split("\n")), rs.getInt("working_days"),
                        rs.getDate("started_on").toLocalDate(), rs.getDate("due_on").toLocalDate()));
        return rows.stream().map(r -> r.toCase(items.getOrDefault(r.id, List.of()),
                parties.getOrDefault(r.id, List.of()), history.getOrDefault(r.id, List.of()),
                findings.getOrDefault(r.id, List.of()), clearances.getOrDefault(r.id, List.of()))).toList();
    }

    private <T> Map<Long, List<T>> grouped(String sql, List<?> args, RowMapper<T> mapper) {
        Map<Long, List<T>> byCase = new HashMap<>();
        jdbc.sql(sql).params(args).query(rs -> {
            byCase.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(mapper.mapRow(rs, 0));
        });
        return byCase;
    }

    /**
     * One page of cases, newest first, in one query: only the applicant's own when {@code applicant} is given,
     * otherwise every submitted case (a draft is its applicant's alone). The page's ids are picked from an index
     * alone (a deep page skips index entries, not rows; an uncorrelated {@code IN}, since H2 ran a joined derived
     * table once per row) and only those rows are read; the total is counted once per filter and remembered until
     * a case changes ({@link ListTotals}), which the same query tells by the head of the search log (ADR 0020).
     */
    CasePage rows(String applicant, CaseStatus status, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (applicant != null) {
            where.append(" AND applicant = :applicant");
            params.put("applicant", applicant);
        } else {
            where.append(" AND status <> 'DRAFT'");
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        params.put("offset", (long) page * size);
        params.put("size", size);
        long[] head = {-1};
        List<CaseSummary> rows = jdbc.sql("SELECT c.ref, c.title, c.category, c.applicant, c.organisation,"
                        + " c.forum_code, c.status, c.filed_on,"
                        + " (SELECT COALESCE(MAX(id), 0) FROM case_search_log) AS log_head"
                        + " FROM case_file c WHERE c.id IN (SELECT id FROM case_file" + where
                        + " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY) ORDER BY c.id DESC")
                .params(params)
                .query((rs, n) -> {
                    head[0] = rs.getLong("log_head");
                    return summary(rs);
                })
                .list();
        String filter = applicant + "|" + status;
        long total = head[0] < 0 ? -1 : totals.known(filter, head[0]);
        if (total < 0) {
            total = jdbc.sql("SELECT COUNT(*) FROM case_file" + where).params(params).query(Long.class).single();
            if (head[0] >= 0) {
                totals.counted(filter, head[0], total);
            }
        }
        return new CasePage(rows, page, size, total);
    }

    /** The rows of the given cases, in the order of {@code refs}, in one query. */
    List<CaseSummary> summaries(List<String> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<String, CaseSummary> byRef = new HashMap<>();
        jdbc.sql("""
                SELECT ref, title, category, applicant, organisation, forum_code, status, filed_on FROM case_file
                WHERE ref IN (:refs)""").param("refs", refs)
                .query((rs, n) -> summary(rs)).list().forEach(s -> byRef.put(s.ref(), s));
        return refs.stream().map(byRef::get).filter(java.util.Objects::nonNull).toList();
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getString("ref"), rs.getString("title"),
                CaseCategory.valueOf(rs.getString("category")), rs.getString("applicant"),
                rs.getString("organisation"), rs.getString("forum_code"),
                CaseStatus.valueOf(rs.getString("status")), toDay(rs.getDate("filed_on")));
    }

    List<String> openRefsOfForum(String forumCode) {
        return jdbc.sql("SELECT ref FROM case_file WHERE forum_code = :f AND status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW')")
                .param("f", forumCode).query(String.class).list();
    }

    /** Cases with a pending clearance whose clock spans {@code day} (started before it, due on or after it). */
    List<String> refsCountingAcross(LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT f.ref FROM case_file f JOIN case_clearance c ON c.case_id = f.id
                WHERE c.status = 'PENDING' AND c.started_on < :day AND c.due_on >= :day""")
                .param("day", Date.valueOf(day)).query(String.class).list();
    }

    List<String> allRefs() {
        return jdbc.sql("SELECT ref FROM case_file ORDER BY id").query(String.class).list();
    }

    List<Long> allIds() {
        return jdbc.sql("SELECT id FROM case_file ORDER BY id").query(Long.class).list();
    }

    CaseFile save(CaseFile c) {
        long id;
        String ref = c.ref();
        if (c.id() == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO case_file (ref, title, purpose, category, applicant, organisation, forum_code, route,
                                           planned_from, planned_to, joint_venture, status, filed_on, rule_version,
                                           charter_forum_code, charter_version, created_at, version, declarations)
                    VALUES (:ref, :title, :purpose, :category, :applicant, :org, :forum, :route, :from, :to, :jv,
                            :status, :filed, :rules, :charterForum, :charter, :created, 1, :decl)""")
                    .param("ref", "pending-" + java.util.UUID.randomUUID().toString().substring(0, 11))
                    .params(columns(c))
                    .param("applicant", c.applicant()).param("org", c.organisation())
                    .param("created", Timestamp.from(c.createdAt()))
                    .update(keys, "id");
            id = GeneratedKeys.id(keys);
            ref = String.format("T-%d-%04d", c.createdAt().atOffset(ZoneOffset.UTC).getYear(), id);
            jdbc.sql("UPDATE case_file SET ref = :ref WHERE id = :id").param("ref", ref).param("id", id).update();
        } else {
            id = c.id();
            int updated = jdbc.sql("""
                    UPDATE case_file SET title = :title, purpose = :purpose, category = :category, forum_code = :forum,
                           route = :route, planned_from = :from, planned_to = :to, joint_venture = :jv, status = :status,
                           filed_on = :filed, rule_version = :rules, charter_forum_code = :charterForum,
                           charter_version = :charter, declarations = :decl,
                           version = version + 1
                    WHERE id = :id AND version = :version""")
                    .params(columns(c)).param("id", id).param("version", c.version())
                    .update();
            if (updated == 0) {
                throw new ConflictException("version", "refusal.casefile.changedMeanwhile", c.ref());
            }
            for (String table : List.of("case_item", "case_counterparty", "case_status_event", "case_finding",
                    "case_clearance")) {
                jdbc.sql("DELETE FROM " + table + " WHERE case_id = :id").param("id", id).update();
            }
        }
        writeChildren(id, c);
        searchLog.changed(id);
        events.publishEvent(new CaseSaved(id, ref));
        return byRef(ref).orElseThrow();
    }

    /**
     * Stores a case of which only the clearances' due dates changed (a holiday moved them): those dates and the
     * version, not every child row again. A case changed meanwhile is refused as {@link #save} refuses it.
     */
    void saveDueDates(CaseFile c) {
        int updated = jdbc.sql("UPDATE case_file SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", c.id()).param("version", c.version()).update();
        if (updated == 0) {
            throw new ConflictException("version", "refusal.casefile.changedMeanwhile", c.ref());
        }
        batch.batchUpdate("UPDATE case_clearance SET due_on = :due WHERE case_id = :id AND position = :pos",
                rows(c.clearances(), (cl, p) -> p.addValue("due", cl.dueOn() == null ? null : Date.valueOf(cl.dueOn())),
                        c.id()));
        searchLog.changed(c.id());
        events.publishEvent(new CaseSaved(c.id(), c.ref()));
    }

    private static java.util.Map<String, Object> columns(CaseFile c) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("title", c.title());
        p.put("purpose", c.purpose());
        p.put("category", c.category().name());
        p.put("forum", c.forumCode());
        p.put("route", c.route());
        p.put("from", c.plannedFrom() == null ? null : Date.valueOf(c.plannedFrom()));
        p.put("to", c.plannedTo() == null ? null : Date.valueOf(c.plannedTo()));
        p.put("jv", c.jointVenture());
        p.put("status", c.status().name());
        p.put("filed", c.filedOn() == null ? null : Date.valueOf(c.filedOn()));
        p.put("rules", c.ruleVersion());
        p.put("charterForum", c.charterForum());
        p.put("charter", c.charterVersion());
        p.put("decl", String.join(",", new java.util.TreeSet<>(c.declarations())));
        return p;
    }

    /** The children of a case, one JDBC batch per kind: a 2,000-item case is one round trip, not 2,000. */
    private void writeChildren(long id, CaseFile c) {
        batch.batchUpdate("""
                INSERT INTO case_item (case_id, position, description, specification, quantity, unit, hs_code,
                                       unit_value_usd, total_value_usd, direction, possible_military_use,
                                       aircraft_spare_part, declared_purpose, product, purpose_checked_by,
                                       purpose_checked_at)
                VALUES (:id, :pos, :d, :s, :q, :u, :hs, :uv, :tv, :dir, :mil, :air, :purpose, :product, :checkedBy,
                        :checkedAt)""",
                rows(c.items(), (item, p) -> p.addValue("d", item.description()).addValue("s", item.specification())
                        .addValue("q", item.quantity()).addValue("u", item.unit()).addValue("hs", item.hsCode())
                        .addValue("uv", item.unitValueUsd()).addValue("tv", item.totalValueUsd())
                        .addValue("dir", item.direction()).addValue("mil", item.possibleMilitaryUse())
                        .addValue("air", item.civilAircraftSparePart())
                        .addValue("purpose", item.declaredPurpose()).addValue("product", item.product())
                        .addValue("checkedBy", item.purposeCheckedBy()).addValue("checkedAt",
                                item.purposeCheckedAt() == null ? null : Timestamp.from(item.purposeCheckedAt())), id));
        batch.batchUpdate("""
                INSERT INTO case_counterparty (case_id, position, role, name, kind, country)
                VALUES (:id, :pos, :role, :name, :kind, :country)""",
                rows(c.counterparties(), (party, p) -> p.addValue("role", party.role().name())
                        .addValue("name", party.name()).addValue("kind", party.kind())
                        .addValue("country", party.country()), id));
        batch.batchUpdate("""
                INSERT INTO case_status_event (case_id, position, status, at_time, actor, note)
                VALUES (:id, :pos, :status, :at, :actor, :note)""",
                rows(c.history(), (e, p) -> p.addValue("status", e.status().name())
                        .addValue("at", Timestamp.from(e.at())).addValue("actor", e.actor())
                        .addValue("note", e.note()), id));
        batch.batchUpdate("""
                INSERT INTO case_finding (case_id, position, rule_id, rule_version, kind, consequence, line,
                                          citation, reason_en, reason_ko)
                VALUES (:id, :pos, :rule, :rv, :kind, :cons, :line, :cit, :en, :ko)""",
                rows(c.findings(), (f, p) -> p.addValue("rule", f.ruleId()).addValue("rv", f.ruleVersion())
                        .addValue("kind", f.kind()).addValue("cons", f.consequence()).addValue("line", f.line())
                        .addValue("cit", f.citation()).addValue("en", f.reasonEn()).addValue("ko", f.reasonKo()), id));
        batch.batchUpdate("""
                INSERT INTO case_clearance (case_id, position, authority, status, reason_en, reason_ko, citations,
                                            working_days, started_on, due_on)
                VALUES (:id, :pos, :auth, :status, :en, :ko, :cit, :days, :start, :due)""",
                rows(c.clearances(), (cl, p) -> p.addValue("auth", cl.authority()).addValue("status", cl.status())
                        .addValue("en", cl.reasonEn()).addValue("ko", cl.reasonKo())
                        .addValue("cit", String.join("\n", cl.citations())).addValue("days", cl.workingDays())
                        .addValue("start", Date.valueOf(cl.startedOn())).addValue("due", Date.valueOf(cl.dueOn())),
                        id));
    }

    private static <T> SqlParameterSource[] rows(List<T> values,
                                                 java.util.function.BiConsumer<T, MapSqlParameterSource> columns,
                                                 long caseId) {
        SqlParameterSource[] rows = new SqlParameterSource[values.size()];
        for (int i = 0; i < rows.length; i++) {
            MapSqlParameterSource p = new MapSqlParameterSource().addValue("id", caseId).addValue("pos", i);
            columns.accept(values.get(i), p);
            rows[i] = p;
        }
        return rows;
    }

    /** A case_file row, before its children are attached. */
    private record Row(long id, String ref, String title, String purpose, CaseCategory category, String applicant,
                       String organisation, String forum, String route, LocalDate plannedFrom, LocalDate plannedTo,
                       boolean jointVenture, CaseStatus status, LocalDate filedOn, String ruleVersion,
                       String charterForum, Integer charterVersion, java.time.Instant createdAt, int version,
                       java.util.Set<String> declarations) {

        CaseFile toCase(List<LineItem> items, List<Counterparty> parties, List<StatusEvent> history,
                        List<Finding> findings, List<Clearance> clearances) {
            return new CaseFile(id, ref, title, purpose, category, applicant, organisation, forum, route, plannedFrom,
                    plannedTo, jointVenture, status, filedOn, ruleVersion, charterForum, charterVersion, createdAt,
                    version, items, parties, history, findings, clearances).withStoredDeclarations(declarations);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("ref"), rs.getString("title"), rs.getString("purpose"),
                CaseCategory.valueOf(rs.getString("category")), rs.getString("applicant"), rs.getString("organisation"),
                rs.getString("forum_code"), rs.getString("route"), toDay(rs.getDate("planned_from")),
                toDay(rs.getDate("planned_to")), rs.getBoolean("joint_venture"),
                CaseStatus.valueOf(rs.getString("status")), toDay(rs.getDate("filed_on")),
                rs.getString("rule_version"), rs.getString("charter_forum_code"),
                (Integer) rs.getObject("charter_version", Integer.class), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"), declarations(rs.getString("declarations")));
    }

    private static java.util.Set<String> declarations(String stored) {
        return stored == null || stored.isBlank() ? java.util.Set.of() : java.util.Set.of(stored.split(","));
    }

    private static LocalDate toDay(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
