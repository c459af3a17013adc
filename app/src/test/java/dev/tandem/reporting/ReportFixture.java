package dev.tandem.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases of 2010, a year no other test files in, with durations chosen so that every figure can be computed by
 * hand: forum "rpt-a" hands an open case over to its successor "rpt-b". Rows are written as the bench generator
 * writes them (a fixture, not journaled). Written once per database.
 *
 * <pre>
 * route  days to decision              median  p90
 * FORUM  1 2 3 4 5 6 7 8 9 10          5       9     (nearest rank: 0.5*10 = 5th, 0.9*10 = 9th)
 * ALONE  2 4 30                        4       30    (ceil(1.5) = 2nd, ceil(2.7) = 3rd)
 * UN     100                           100     100
 * open: one, filed 2010-06-01 with rpt-a, now held by rpt-b; withdrawn: one (rpt-a)
 * </pre>
 */
final class ReportFixture {

    static final LocalDate FROM = LocalDate.of(2010, 1, 1);
    static final LocalDate TO = LocalDate.of(2010, 12, 31);

    private ReportFixture() {
    }

    static synchronized void write(JdbcClient jdbc) {
        if (jdbc.sql("SELECT COUNT(*) FROM case_file WHERE ref LIKE 'RPT-%'").query(Long.class).single() > 0) {
            return;
        }
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
