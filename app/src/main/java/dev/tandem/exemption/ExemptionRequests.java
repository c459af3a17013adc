package dev.tandem.exemption;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;
import dev.tandem.common.GeneratedKeys;

/**
 * Stores exemption requests with their steps, items, shipments and extensions. A save checks the version it loaded,
 * so two people recording a step at once get a conflict, not a lost update.
 */
@Repository
class ExemptionRequests {

    private final JdbcClient jdbc;

    ExemptionRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ExemptionRequest> byRef(String ref) {
        return jdbc.sql("SELECT * FROM exemption WHERE ref = :ref").param("ref", ref).query(this::row).optional()
                .map(this::withChildren);
    }

    List<ExemptionRequest> ofCase(String caseRef) {
        return jdbc.sql("SELECT * FROM exemption WHERE case_ref = :ref ORDER BY id").param("ref", caseRef)
                .query(this::row).list().stream().map(this::withChildren).toList();
    }

    /**
     * Requests not yet decided (drafted up to on hold) for the cases now before a forum, as "ref case (stage)". The
     * forum is the case's, read where the case file keeps it: a request follows its case when the case moves.
     */
    List<String> openOfForum(String forumCode, java.util.Collection<ExemptionStage> open) {
        return jdbc.sql("""
                SELECT e.ref, e.case_ref, e.stage FROM exemption e JOIN case_file c ON c.ref = e.case_ref
                WHERE c.forum_code = :forum AND e.stage IN (:open) ORDER BY e.id""")
                .param("forum", forumCode).param("open", open.stream().map(Enum::name).toList())
                .query((rs, n) -> rs.getString("ref") + " " + rs.getString("case_ref") + " ("
                        + rs.getString("stage").toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
                .list();
    }

    List<String> allRefs() {
        return jdbc.sql("SELECT ref FROM exemption ORDER BY id").query(String.class).list();
    }

    /** Every step of every request, for reports of the time spent in each. */
    List<StepTime> allSteps() {
        return jdbc.sql("""
                SELECT e.ref, e.case_ref, s.position, s.stage, s.entered_on, s.left_on, s.member
                FROM exemption_step s JOIN exemption e ON e.id = s.exemption_id ORDER BY e.id, s.position""")
                .query((rs, n) -> new StepTime(rs.getString("ref"), rs.getString("case_ref"),
                        ExemptionStage.valueOf(rs.getString("stage")), day(rs, "entered_on"), day(rs, "left_on"),
                        rs.getString("member")))
                .list();
    }

    ExemptionRequest save(ExemptionRequest e) {
        long id;
        String ref = e.ref();
        if (e.id() == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            var insert = jdbc.sql("""
                    INSERT INTO exemption (ref, case_ref, requesting_party, requesting_entity, channel, nature,
                        recipients, recipient_selection, financial_arrangements, monitoring_plan, shipment_plan, stage,
                        no_objection_deadline, approved_on, valid_from, valid_until, max_shipments, rule_effective_from,
                        created_at, open_case_ref, version)
                    VALUES (:ref, :caseRef, :party, :entity, :channel, :nature, :recipients, :selection, :financial,
                        :monitoring, :shipmentPlan, :stage, :deadline, :approvedOn, :validFrom, :validUntil,
                        :maxShipments, :ruleFrom, :created, :openCaseRef, 1)""")
                    .param("ref", "pending-" + java.util.UUID.randomUUID().toString().substring(0, 11))
                    .param("caseRef", e.caseRef()).param("party", e.requestingParty())
                    .param("created", Timestamp.from(e.createdAt()))
                    .params(columns(e));
            try {
                insert.update(keys, "id");
            } catch (org.springframework.dao.DuplicateKeyException taken) {
                throw new ConflictException("caseRef", "refusal.exemption.draftedMeanwhile", e.caseRef());
            }
            id = GeneratedKeys.id(keys);
            ref = String.format("E-%d-%04d", e.steps().get(0).enteredOn().getYear(), id);
            jdbc.sql("UPDATE exemption SET ref = :ref WHERE id = :id").param("ref", ref).param("id", id).update();
            for (ApprovedItem item : e.items()) {
                jdbc.sql("""
                        INSERT INTO exemption_item (exemption_id, line, description, specification, hs_code, unit,
                            quantity, unit_value_usd, total_value_usd)
                        VALUES (:id, :line, :d, :s, :hs, :unit, :q, :uv, :tv)""")
                        .param("id", id).param("line", item.line()).param("d", item.description())
                        .param("s", item.specification()).param("hs", item.hsCode()).param("unit", item.unit())
                        .param("q", item.quantity()).param("uv", item.unitValueUsd()).param("tv", item.totalValueUsd())
                        .update();
            }
        } else {
            id = e.id();
            int updated = jdbc.sql("""
                    UPDATE exemption SET requesting_entity = :entity, channel = :channel, nature = :nature,
                        recipients = :recipients, recipient_selection = :selection, financial_arrangements = :financial,
                        monitoring_plan = :monitoring, shipment_plan = :shipmentPlan, stage = :stage,
                        no_objection_deadline = :deadline, approved_on = :approvedOn, valid_from = :validFrom,
                        valid_until = :validUntil, max_shipments = :maxShipments, rule_effective_from = :ruleFrom,
                        open_case_ref = :openCaseRef, version = version + 1
                    WHERE id = :id AND version = :version""")
                    .params(columns(e)).param("id", id).param("version", e.version()).update();
            if (updated == 0) {
                throw new ConflictException("version", "refusal.exemption.changedMeanwhile", e.ref());
            }
            for (String table : List.of("exemption_step", "exemption_shipment", "exemption_extension")) {
                jdbc.sql("DELETE FROM " + table + " WHERE exemption_id = :id").param("id", id).update();
            }
        }
        writeChildren(id, e);
        return byRef(ref).orElseThrow();
    }

    private void writeChildren(long id, ExemptionRequest e) {
        int position = 0;
        for (ExemptionStep step : e.steps()) {
            jdbc.sql("""
                    INSERT INTO exemption_step (exemption_id, position, stage, entered_on, left_on, actor, member)
                    VALUES (:id, :pos, :stage, :entered, :left, :actor, :member)""")
                    .param("id", id).param("pos", position++).param("stage", step.stage().name())
                    .param("entered", Date.valueOf(step.enteredOn())).param("left", date(step.leftOn()))
                    .param("actor", step.actor()).param("member", step.member()).update();
        }
        for (Shipment shipment : e.shipments()) {
            shipment.quantities().forEach((line, quantity) -> jdbc.sql("""
                    INSERT INTO exemption_shipment (exemption_id, number, shipped_on, line, quantity)
                    VALUES (:id, :n, :on, :line, :q)""")
                    .param("id", id).param("n", shipment.number()).param("on", Date.valueOf(shipment.shippedOn()))
                    .param("line", line).param("q", quantity).update());
        }
        for (Extension x : e.extensions()) {
            jdbc.sql("""
                    INSERT INTO exemption_extension (exemption_id, number, requested_until, status, requested_on,
                        submitted_on, decided_on)
                    VALUES (:id, :n, :until, :status, :requested, :submitted, :decided)""")
                    .param("id", id).param("n", x.number()).param("until", Date.valueOf(x.requestedUntil()))
                    .param("status", x.status().name()).param("requested", Date.valueOf(x.requestedOn()))
                    .param("submitted", date(x.submittedOn())).param("decided", date(x.decidedOn())).update();
        }
    }

    private static Map<String, Object> columns(ExemptionRequest e) {
        Map<String, Object> p = new HashMap<>();
        RequestDetails d = e.details();
        p.put("entity", d.requestingEntity() == null ? "" : d.requestingEntity());
        p.put("channel", (d.channel() == null ? RoutingChannel.MEMBER_STATE : d.channel()).name());
        p.put("nature", d.nature());
        p.put("recipients", d.recipients());
        p.put("selection", d.recipientSelection());
        p.put("financial", d.financialArrangements());
        p.put("monitoring", d.monitoringPlan());
        p.put("shipmentPlan", d.shipmentPlan());
        p.put("stage", e.stage().name());
        p.put("deadline", date(e.noObjectionDeadline()));
        p.put("approvedOn", date(e.approvedOn()));
        p.put("validFrom", date(e.validFrom()));
        p.put("validUntil", date(e.validUntil()));
        p.put("maxShipments", e.maxShipments());
        p.put("ruleFrom", date(e.ruleEffectiveFrom()));
        p.put("openCaseRef", e.stage().underWay() ? e.caseRef() : null);
        return p;
    }

    // --- package versions: a sent version is never changed -------------------------------------------------

    /** Stores a new version; two generated at once cannot both be version N: the second is a conflict. */
    void addPackage(long exemptionId, String ref, RequestPackage pkg, byte[] letter, byte[] annex) {
        try {
            insertPackage(exemptionId, pkg, letter, annex);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("version", "refusal.exemption.changedMeanwhile", ref);
        }
    }

    private void insertPackage(long exemptionId, RequestPackage pkg, byte[] letter, byte[] annex) {
        jdbc.sql("""
                INSERT INTO exemption_package (exemption_id, version, created_at, created_by, letter, letter_sha256,
                    annex, annex_sha256)
                VALUES (:id, :v, :at, :by, :letter, :letterSha, :annex, :annexSha)""")
                .param("id", exemptionId).param("v", pkg.version()).param("at", Timestamp.from(pkg.createdAt()))
                .param("by", pkg.createdBy()).param("letter", letter).param("letterSha", pkg.letterSha256())
                .param("annex", annex).param("annexSha", pkg.annexSha256()).update();
    }

    List<RequestPackage> packages(long exemptionId) {
        return jdbc.sql("""
                SELECT version, created_at, created_by, letter_sha256, annex_sha256, sent_at FROM exemption_package
                WHERE exemption_id = :id ORDER BY version""").param("id", exemptionId)
                .query((rs, n) -> new RequestPackage(rs.getInt("version"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                        rs.getString("letter_sha256"), rs.getString("annex_sha256"),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    Optional<byte[]> packageFile(long exemptionId, int version, boolean letter) {
        String column = letter ? "letter" : "annex";
        return jdbc.sql("SELECT " + column + " FROM exemption_package WHERE exemption_id = :id AND version = :v")
                .param("id", exemptionId).param("v", version).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Marks a version sent; only one not sent yet can be (a sent one stays as it was sent). */
    boolean markSent(long exemptionId, int version, java.time.Instant at) {
        return jdbc.sql("""
                UPDATE exemption_package SET sent_at = :at
                WHERE exemption_id = :id AND version = :v AND sent_at IS NULL""")
                .param("at", Timestamp.from(at)).param("id", exemptionId).param("v", version).update() == 1;
    }

    // --- reading rows --------------------------------------------------------------------------------------

    private ExemptionRequest row(ResultSet rs, int n) throws SQLException {
        RequestDetails details = new RequestDetails(blankToNull(rs.getString("requesting_entity")),
                RoutingChannel.valueOf(rs.getString("channel")), rs.getString("nature"), rs.getString("recipients"),
                rs.getString("recipient_selection"), rs.getString("shipment_plan"),
                rs.getString("financial_arrangements"), rs.getString("monitoring_plan"));
        Object max = rs.getObject("max_shipments");
        return new ExemptionRequest(rs.getLong("id"), rs.getString("ref"), rs.getString("case_ref"),
                rs.getString("requesting_party"), details, ExemptionStage.valueOf(rs.getString("stage")),
                day(rs, "no_objection_deadline"), day(rs, "approved_on"), day(rs, "valid_from"),
                day(rs, "valid_until"), max == null ? null : ((Number) max).intValue(), day(rs, "rule_effective_from"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), List.of(), List.of(), List.of(),
                List.of());
    }

    private ExemptionRequest withChildren(ExemptionRequest e) {
        long id = e.id();
        List<ApprovedItem> items = jdbc.sql("SELECT * FROM exemption_item WHERE exemption_id = :id ORDER BY line")
                .param("id", id).query((rs, n) -> new ApprovedItem(rs.getInt("line"), rs.getString("description"),
                        rs.getString("specification"), rs.getString("hs_code"), rs.getString("unit"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_value_usd"),
                        rs.getBigDecimal("total_value_usd")))
                .list();
        List<ExemptionStep> steps = jdbc.sql("SELECT * FROM exemption_step WHERE exemption_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new ExemptionStep(ExemptionStage.valueOf(rs.getString("stage")),
                        day(rs, "entered_on"), day(rs, "left_on"), rs.getString("actor"), rs.getString("member")))
                .list();
        Map<Integer, LocalDate> shippedOn = new LinkedHashMap<>();
        Map<Integer, Map<Integer, BigDecimal>> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM exemption_shipment WHERE exemption_id = :id ORDER BY number, line").param("id", id)
                .query(rs -> {
                    int number = rs.getInt("number");
                    shippedOn.put(number, day(rs, "shipped_on"));
                    lines.computeIfAbsent(number, k -> new LinkedHashMap<>()).put(rs.getInt("line"),
                            rs.getBigDecimal("quantity"));
                });
        List<Shipment> shipments = new ArrayList<>();
        shippedOn.forEach((number, on) -> shipments.add(new Shipment(number, on, lines.get(number))));
        List<Extension> extensions = jdbc.sql(
                        "SELECT * FROM exemption_extension WHERE exemption_id = :id ORDER BY number")
                .param("id", id).query((rs, n) -> new Extension(rs.getInt("number"), day(rs, "requested_until"),
                        ExtensionStatus.valueOf(rs.getString("status")), day(rs, "requested_on"),
                        day(rs, "submitted_on"), day(rs, "decided_on")))
                .list();
        return new ExemptionRequest(e.id(), e.ref(), e.caseRef(), e.requestingParty(), e.details(), e.stage(),
                e.noObjectionDeadline(), e.approvedOn(), e.validFrom(), e.validUntil(), e.maxShipments(),
                e.ruleEffectiveFrom(), e.createdAt(), e.version(), items, steps, shipments, extensions);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

}
