package dev.tandem.casefile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    CaseFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseFile> byRef(String ref) {
        return jdbc.sql("SELECT * FROM case_file WHERE ref = :ref").param("ref", ref).query(this::map).optional();
    }

    /** Cases newest first; only the applicant's own when {@code applicant} is given. */
    List<CaseSummary> rows(String applicant, CaseStatus status, int limit) {
        return jdbc.sql("""
                SELECT ref, title, category, applicant, organisation, forum_code, status, filed_on FROM case_file
                WHERE (CAST(:applicant AS VARCHAR(200)) IS NULL OR applicant = :applicant) AND (CAST(:status AS VARCHAR(200)) IS NULL OR status = :status)
                ORDER BY id DESC""")
                .param("applicant", applicant).param("status", status == null ? null : status.name())
                .withMaxRows(limit)
                .query((rs, n) -> new CaseSummary(rs.getString("ref"), rs.getString("title"),
                        CaseCategory.valueOf(rs.getString("category")), rs.getString("applicant"),
                        rs.getString("organisation"), rs.getString("forum_code"),
                        CaseStatus.valueOf(rs.getString("status")), toDay(rs.getDate("filed_on"))))
                .list();
    }

    List<String> openRefsOfForum(String forumCode) {
        return jdbc.sql("SELECT ref FROM case_file WHERE forum_code = :f AND status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW')")
                .param("f", forumCode).query(String.class).list();
    }

    List<String> allRefs() {
        return jdbc.sql("SELECT ref FROM case_file ORDER BY id").query(String.class).list();
    }

    CaseFile save(CaseFile c) {
        long id;
        String ref = c.ref();
        if (c.id() == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO case_file (ref, title, purpose, category, applicant, organisation, forum_code, route,
                                           planned_from, planned_to, joint_venture, status, filed_on, rule_version,
                                           charter_version, created_at, version, declarations)
                    VALUES (:ref, :title, :purpose, :category, :applicant, :org, :forum, :route, :from, :to, :jv,
                            :status, :filed, :rules, :charter, :created, 1, :decl)""")
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
                           filed_on = :filed, rule_version = :rules, charter_version = :charter, declarations = :decl,
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
        return byRef(ref).orElseThrow();
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
        p.put("charter", c.charterVersion());
        p.put("decl", String.join(",", new java.util.TreeSet<>(c.declarations())));
        return p;
    }

    private void writeChildren(long id, CaseFile c) {
        int i = 0;
        for (LineItem item : c.items()) {
            jdbc.sql("""
                    INSERT INTO case_item (case_id, position, description, specification, quantity, unit, hs_code,
                                           unit_value_usd, total_value_usd, direction, possible_military_use,
                                           aircraft_spare_part, declared_purpose, product, purpose_checked_by,
                                           purpose_checked_at)
                    VALUES (:id, :pos, :d, :s, :q, :u, :hs, :uv, :tv, :dir, :mil, :air, :purpose, :product, :checkedBy,
                            :checkedAt)""")
                    .param("id", id).param("pos", i++).param("d", item.description()).param("s", item.specification())
                    .param("q", item.quantity()).param("u", item.unit()).param("hs", item.hsCode())
                    .param("uv", item.unitValueUsd()).param("tv", item.totalValueUsd()).param("dir", item.direction())
                    .param("mil", item.possibleMilitaryUse()).param("air", item.civilAircraftSparePart())
                    .param("purpose", item.declaredPurpose()).param("product", item.product())
                    .param("checkedBy", item.purposeCheckedBy())
                    .param("checkedAt", item.purposeCheckedAt() == null ? null : Timestamp.from(item.purposeCheckedAt()))
                    .update();
        }
        i = 0;
        for (Counterparty p : c.counterparties()) {
            jdbc.sql("""
                    INSERT INTO case_counterparty (case_id, position, role, name, kind, country)
                    VALUES (:id, :pos, :role, :name, :kind, :country)""")
                    .param("id", id).param("pos", i++).param("role", p.role().name()).param("name", p.name())
                    .param("kind", p.kind()).param("country", p.country())
                    .update();
        }
        i = 0;
        for (StatusEvent e : c.history()) {
            jdbc.sql("""
                    INSERT INTO case_status_event (case_id, position, status, at_time, actor, note)
                    VALUES (:id, :pos, :status, :at, :actor, :note)""")
                    .param("id", id).param("pos", i++).param("status", e.status().name())
                    .param("at", Timestamp.from(e.at())).param("actor", e.actor()).param("note", e.note())
                    .update();
        }
        i = 0;
        for (Finding f : c.findings()) {
            jdbc.sql("""
                    INSERT INTO case_finding (case_id, position, rule_id, rule_version, kind, consequence, line,
                                              citation, reason_en, reason_ko)
                    VALUES (:id, :pos, :rule, :rv, :kind, :cons, :line, :cit, :en, :ko)""")
                    .param("id", id).param("pos", i++).param("rule", f.ruleId()).param("rv", f.ruleVersion())
                    .param("kind", f.kind()).param("cons", f.consequence()).param("line", f.line())
                    .param("cit", f.citation()).param("en", f.reasonEn()).param("ko", f.reasonKo())
                    .update();
        }
        i = 0;
        for (Clearance cl : c.clearances()) {
            jdbc.sql("""
                    INSERT INTO case_clearance (case_id, position, authority, status, reason_en, reason_ko, citations,
                                                working_days, started_on, due_on)
                    VALUES (:id, :pos, :auth, :status, :en, :ko, :cit, :days, :start, :due)""")
                    .param("id", id).param("pos", i++).param("auth", cl.authority()).param("status", cl.status())
                    .param("en", cl.reasonEn()).param("ko", cl.reasonKo()).param("cit", String.join("\n", cl.citations()))
                    .param("days", cl.workingDays()).param("start", Date.valueOf(cl.startedOn()))
                    .param("due", Date.valueOf(cl.dueOn()))
                    .update();
        }
    }

    private CaseFile map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new CaseFile(id, rs.getString("ref"), rs.getString("title"), rs.getString("purpose"),
                CaseCategory.valueOf(rs.getString("category")), rs.getString("applicant"), rs.getString("organisation"),
                rs.getString("forum_code"), rs.getString("route"), toDay(rs.getDate("planned_from")),
                toDay(rs.getDate("planned_to")), rs.getBoolean("joint_venture"), CaseStatus.valueOf(rs.getString("status")),
                toDay(rs.getDate("filed_on")), rs.getString("rule_version"),
                (Integer) rs.getObject("charter_version", Integer.class), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"), items(id), counterparties(id), history(id), findings(id), clearances(id))
                .withStoredDeclarations(declarations(rs.getString("declarations")));
    }

    private static java.util.Set<String> declarations(String stored) {
        return stored == null || stored.isBlank() ? java.util.Set.of()
                : java.util.Set.of(stored.split(","));
    }

    private List<LineItem> items(long id) {
        return jdbc.sql("SELECT * FROM case_item WHERE case_id = :id ORDER BY position").param("id", id)
                .query((rs, n) -> new LineItem(rs.getString("description"), rs.getString("specification"),
                        rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getString("hs_code"),
                        rs.getBigDecimal("unit_value_usd"), rs.getBigDecimal("total_value_usd"),
                        rs.getString("direction"), rs.getBoolean("possible_military_use"),
                        rs.getString("declared_purpose"), rs.getString("product"), rs.getString("purpose_checked_by"),
                        rs.getTimestamp("purpose_checked_at") == null ? null
                                : rs.getTimestamp("purpose_checked_at").toInstant()))
                .list();
    }

    private List<Counterparty> counterparties(long id) {
        return jdbc.sql("SELECT * FROM case_counterparty WHERE case_id = :id ORDER BY position").param("id", id)
                .query((rs, n) -> new Counterparty(CounterpartyRole.valueOf(rs.getString("role")), rs.getString("name"),
                        rs.getString("kind"), rs.getString("country")))
                .list();
    }

    private List<StatusEvent> history(long id) {
        return jdbc.sql("SELECT * FROM case_status_event WHERE case_id = :id ORDER BY position").param("id", id)
                .query((rs, n) -> new StatusEvent(CaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("at_time").toInstant(), rs.getString("actor"), rs.getString("note")))
                .list();
    }

    private List<Finding> findings(long id) {
        return jdbc.sql("SELECT * FROM case_finding WHERE case_id = :id ORDER BY position").param("id", id)
                .query((rs, n) -> new Finding(rs.getString("rule_id"), rs.getString("rule_version"), rs.getString("kind"),
                        rs.getString("consequence"), (Integer) rs.getObject("line", Integer.class),
                        rs.getString("citation"), rs.getString("reason_en"), rs.getString("reason_ko")))
                .list();
    }

    private List<Clearance> clearances(long id) {
        return jdbc.sql("SELECT * FROM case_clearance WHERE case_id = :id ORDER BY position").param("id", id)
                .query((rs, n) -> new Clearance(rs.getString("authority"), rs.getString("status"),
                        rs.getString("reason_en"), rs.getString("reason_ko"),
                        Arrays.asList(rs.getString("citations").split("\n")), rs.getInt("working_days"),
                        rs.getDate("started_on").toLocalDate(), rs.getDate("due_on").toLocalDate()))
                .list();
    }

    private static LocalDate toDay(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
