package dev.tandem.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases of 2010, a year no other test files in, with durations chosen so that every figure can be computed by
 * hand: forum "rpt-a" hands an open case over to its successor "rpt-b". Rows are written as the bench generator
 * writes them (a fixture, not journaled), so the report rows catch up afterwards as after a bulk load. Written once
 * per database. The forums are not on record, so their working days are the weekdays (no party, no holidays).
 *
 * <pre>
 * route  days to decision              median  p90   filed               working days              median  p90
 * FORUM  1 2 3 4 5 6 7 8 9 10          5       9     Mon 03-01           1 2 3 4 4 4 5 6 7 8       4       7
 * ALONE  2 4 30                        4       30    Thu 04-01           1 2 21                    2       21
 * UN     100                           100     100   Mon 05-03           72 (14 weeks and Tue, Wed) 72      72
 * open: one, filed 2010-06-01 with rpt-a, now held by rpt-b; withdrawn: one (rpt-a)
 *
 * holds (review of case 1, 2, 15; a hold ends at the party's next position; the year's ageing day is 2010-12-31)
 * US   03-01..03-11 = 10, 03-05..03-09 = 4, 12-01..(open) 12-31 = 30    median 10, p90 30, longest 30, 1 held
 * ROK  03-02..03-06 = 4  (ROK's concurrence on case 2 is no hold)       median 4
 *
 * exemption steps (EX-RPT-1 ROK on case 14: approved 06-11, valid to 12-11 = 183 days, expired;
 *                  EX-RPT-2 US on case 15: not approved; EX-RPT-3 ROK on case 14: still in national review)
 * DRAFTED          2 2 2      median 2,  p90 2
 * NATIONAL_REVIEW  10 20 58   median 20, p90 58 (58: 11-03 to the ageing day), 1 still in
 * SUBMITTED        2 2        median 2,  p90 2
 * CIRCULATED       10 10 5    median 10, p90 10
 * ON_HOLD          10         median 10, p90 10
 * </pre>
 */
final class ReportFixture {

    static final LocalDate FROM = LocalDate.of(2010, 1, 1);
    static final LocalDate TO = LocalDate.of(2010, 12, 31);

    private ReportFixture() {
    }

    /** Writes the fixture unless it is there, then lets the report rows catch up as they do after a bulk load. */
    static synchronized void write(JdbcClient jdbc, CaseFigures figures) {
        if (jdbc.sql("SELECT COUNT(*) FROM case_file WHERE ref LIKE 'RPT-%'").query(Long.class).single() > 0) {
            return;
        }
        writeCases(jdbc);
        figures.catchUp();
    }

    private static void writeCases(JdbcClient jdbc) {
        int n = 0;
        for (int days = 1; days <= 10; days++) {
            decided(jdbc, ++n, "rpt-a", "rpt-a", "HUMANITARIAN", LocalDate.of(2010, 3, 1), days, "FORUM_REVIEW");
        }
        for (int days : new int[] {2, 4, 30}) {
            decided(jdbc, ++n, "rpt-a", "rpt-a", "TRADE", LocalDate.of(2010, 4, 1), days, "PARTNER_NOTICE");
        }
        decided(jdbc, ++n, "rpt-a", "rpt-a", "HUMANITARIAN", LocalDate.of(2010, 5, 3), 100, "UN_1718_EXEMPTION");
        long open = insert(jdbc, ++n, "rpt-b", "rpt-a", "HUMANITARIAN", "SUBMITTED", LocalDate.of(2010, 6, 1));
        clearance(jdbc, open, "FORUM_REVIEW", LocalDate.of(2010, 6, 1));
        long withdrawn = insert(jdbc, ++n, "rpt-a", "rpt-a", "TRADE", "WITHDRAWN", LocalDate.of(2010, 7, 1));
        event(jdbc, withdrawn, 2, "WITHDRAWN", LocalDate.of(2010, 7, 9));

        long first = review(jdbc, "RPT-2010-0001", "rpt-a", "DECIDED");
        position(jdbc, first, "US", "HOLD", "2010-03-01");
        position(jdbc, first, "ROK", "HOLD", "2010-03-02");
        position(jdbc, first, "ROK", "CONCUR", "2010-03-06");
        position(jdbc, first, "US", "CONCUR", "2010-03-11");
        long second = review(jdbc, "RPT-2010-0002", "rpt-a", "DECIDED");
        position(jdbc, second, "ROK", "CONCUR", "2010-03-04");
        position(jdbc, second, "US", "HOLD", "2010-03-05");
        position(jdbc, second, "US", "CONCUR_WITH_CONDITIONS", "2010-03-09");
        long held = review(jdbc, "RPT-2010-0015", "rpt-b", "PROCEDURE");
        position(jdbc, held, "US", "HOLD", "2010-12-01");

        long approved = exemption(jdbc, "EX-RPT-1", "RPT-2010-0014", "ROK", "EXPIRED", "2010-06-11", "2010-12-11");
        steps(jdbc, approved, "DRAFTED", "2010-05-03", "NATIONAL_REVIEW", "2010-05-05", "SUBMITTED", "2010-05-15",
                "CIRCULATED", "2010-05-17", "ON_HOLD", "2010-05-27", "CIRCULATED", "2010-06-06", "APPROVED", "2010-06-11",
                "EXPIRED", "2010-12-12");
        long refused = exemption(jdbc, "EX-RPT-2", "RPT-2010-0015", "US", "NOT_APPROVED", null, null);
        steps(jdbc, refused, "DRAFTED", "2010-06-01", "NATIONAL_REVIEW", "2010-06-03", "SUBMITTED", "2010-06-23",
                "CIRCULATED", "2010-06-25", "NOT_APPROVED", "2010-07-05");
        long pending = exemption(jdbc, "EX-RPT-3", "RPT-2010-0014", "ROK", "NATIONAL_REVIEW", null, null);
        steps(jdbc, pending, "DRAFTED", "2010-11-01", "NATIONAL_REVIEW", "2010-11-03");
    }

    private static long review(JdbcClient jdbc, String caseRef, String forum, String stage) {
        jdbc.sql("""
                INSERT INTO review (case_ref, case_title, clearance_position, authority, forum_code, parties, partners,
                                    stage, decision_rule, holds_allowed, window_days, procedure_days, opened_on, round,
                                    version)
                VALUES (:ref, 'Fixture case', 0, 'FORUM_REVIEW', :forum, 'ROK,US', 'US', :stage, 'CONSENSUS', TRUE,
                        5, 10, DATE '2010-03-01', 1, 1)""")
                .param("ref", caseRef).param("forum", forum).param("stage", stage).update();
        return jdbc.sql("SELECT MAX(id) FROM review WHERE case_ref = :ref").param("ref", caseRef)
                .query(Long.class).single();
    }

    private static void position(JdbcClient jdbc, long review, String party, String kind, String day) {
        jdbc.sql("""
                INSERT INTO review_position (review_id, party, kind, text, taken_by, delegated, round, taken_at)
                VALUES (:review, :party, :kind, 'fixture', 'fixture.member', FALSE, 1, :at)""")
                .param("review", review).param("party", party).param("kind", kind)
                .param("at", Timestamp.from(at(LocalDate.parse(day)).toInstant().plusSeconds(36000))).update();
    }

    private static long exemption(JdbcClient jdbc, String ref, String caseRef, String party, String stage,
                                  String approvedOn, String validUntil) {
        LocalDate approved = approvedOn == null ? null : LocalDate.parse(approvedOn);
        jdbc.sql("""
                INSERT INTO exemption (ref, case_ref, requesting_party, requesting_entity, channel, stage, approved_on,
                                       valid_from, valid_until, created_at, version)
                VALUES (:ref, :caseRef, :party, 'Fixture Aid Society', 'MEMBER_STATE', :stage, :approved, :approved,
                        :until, :at, 1)""")
                .param("ref", ref).param("caseRef", caseRef).param("party", party).param("stage", stage)
                .param("approved", approved == null ? null : java.sql.Date.valueOf(approved))
                .param("until", validUntil == null ? null : java.sql.Date.valueOf(LocalDate.parse(validUntil)))
                .param("at", at(LocalDate.of(2010, 5, 3))).update();
        return jdbc.sql("SELECT id FROM exemption WHERE ref = :ref").param("ref", ref).query(Long.class).single();
    }

    /** Steps as pairs of stage and the day it was entered; each is left when the next is entered. */
    private static void steps(JdbcClient jdbc, long exemption, String... stagesAndDays) {
        for (int i = 0; i < stagesAndDays.length; i += 2) {
            String left = i + 3 < stagesAndDays.length ? stagesAndDays[i + 3] : null;
            jdbc.sql("""
                    INSERT INTO exemption_step (exemption_id, position, stage, entered_on, left_on, actor, member)
                    VALUES (:id, :position, :stage, :entered, :left, 'fixture.member', NULL)""")
                    .param("id", exemption).param("position", i / 2).param("stage", stagesAndDays[i])
                    .param("entered", java.sql.Date.valueOf(LocalDate.parse(stagesAndDays[i + 1])))
                    .param("left", left == null ? null : java.sql.Date.valueOf(LocalDate.parse(left))).update();
        }
    }

    private static void decided(JdbcClient jdbc, int n, String forum, String charterForum, String category,
                                LocalDate filed, int days, String authority) {
        long id = insert(jdbc, n, forum, charterForum, category, "CLOSED", filed);
        clearance(jdbc, id, authority, filed);
        if (authority.equals("UN_1718_EXEMPTION")) {
            clearance(jdbc, id, "FORUM_REVIEW", filed);
        }
        event(jdbc, id, 2, "DECIDED", filed.plusDays(days));
        event(jdbc, id, 3, "CLOSED", filed.plusDays(days + 20));
    }

    private static long insert(JdbcClient jdbc, int n, String forum, String charterForum, String category,
                               String status, LocalDate filed) {
        String ref = String.format("RPT-2010-%04d", n);
        jdbc.sql("""
                INSERT INTO case_file (ref, title, purpose, category, applicant, organisation, forum_code, joint_venture,
                                       status, filed_on, rule_version, charter_forum_code, charter_version, created_at,
                                       version)
                VALUES (:ref, :title, 'fixture', :category, 'applicant', 'Fixture Aid Society', :forum, FALSE, :status,
                        :filed, 'un-dprk-2397', :charterForum, 1, :at, 1)""")
                .param("ref", ref).param("title", "Fixture case " + n).param("category", category)
                .param("forum", forum).param("status", status).param("filed", filed)
                .param("charterForum", charterForum).param("at", at(filed)).update();
        long id = jdbc.sql("SELECT id FROM case_file WHERE ref = :ref").param("ref", ref).query(Long.class).single();
        event(jdbc, id, 0, "DRAFT", filed);
        event(jdbc, id, 1, "SUBMITTED", filed);
        return id;
    }

    private static void clearance(JdbcClient jdbc, long id, String authority, LocalDate filed) {
        int position = jdbc.sql("SELECT COUNT(*) FROM case_clearance WHERE case_id = :id").param("id", id)
                .query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO case_clearance (case_id, position, authority, status, reason_en, reason_ko, citations,
                                            working_days, started_on, due_on)
                VALUES (:id, :position, :authority, 'PENDING', 'fixture', 'fixture', '', 5, :filed, :filed)""")
                .param("id", id).param("position", position).param("authority", authority).param("filed", filed)
                .update();
    }

    private static void event(JdbcClient jdbc, long id, int position, String status, LocalDate on) {
        jdbc.sql("INSERT INTO case_status_event (case_id, position, status, at_time, actor, note)"
                        + " VALUES (:id, :position, :status, :at, 'secretariat', 'fixture note')")
                .param("id", id).param("position", position).param("status", status).param("at", Timestamp.from(at(on).toInstant().plusSeconds(3600)))
                .update();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    static Instant instant(String iso) {
        return Instant.parse(iso);
    }
}
