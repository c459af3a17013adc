package dev.tandem.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.calendar.HolidaysChanged;
import dev.tandem.calendar.WorkingCalendar;
import dev.tandem.calendar.WorkingDayCount;
import dev.tandem.casefile.CaseSaved;

/**
 * The dashboard's row per filed case ({@code report_case}, ADR 0021): its forum, charter, category, status, route,
 * the months it was filed, decided and withdrawn in, and the calendar and working days from filing to decision. A row is made again in the transaction that stores its
 * case ({@link CaseSaved}), so the figures never lag the cases; working days follow an administrator's holiday
 * change ({@link HolidaysChanged}). Cases written outside Tandem (a bulk load, the benchmark generator) are caught up
 * when Tandem starts, before it answers.
 *
 * <p>Time to decision runs from the filing day to the day of the case's first {@code DECIDED} status: the day the
 * applicant's last clearance was decided, whichever route it took. Working days count the days the parties of the
 * forum that holds the case all work (weekends and each party's public holidays off, {@link WorkingCalendar}).
 */
@Component
class CaseFigures implements SmartInitializingSingleton {

    /** The derivation below; raising it makes every row again at the next start. */
    static final int DERIVATION = 1;
    private static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(CaseFigures.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;

    CaseFigures(NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    /**
     * The rows of the cases in {@code ids}, derived from the case, its first decision and withdrawal, and the highest
     * authority triage sent it to.
     */
    /** The columns {@link #DERIVATION_SQL} gives, as the insert names them. */
    private static final List<String> DERIVED = List.of("id", "ref", "forum_code", "charter_forum_code",
            "charter_version", "category", "status", "filed_on", "decided_on", "withdrawn_on", "days", "route");

    private static final String DERIVATION_SQL = """
            SELECT f.id, f.ref, f.forum_code, f.charter_forum_code, f.charter_version, f.category, f.status,
                   f.filed_on, CAST(d.decided_at AS DATE) AS decided_on, CAST(d.withdrawn_at AS DATE) AS withdrawn_on,
                   CASE WHEN d.decided_at IS NULL THEN NULL
                        ELSE EXTRACT(DAY FROM (CAST(CAST(d.decided_at AS DATE) AS TIMESTAMP) - CAST(f.filed_on AS TIMESTAMP)))
                   END AS days,
                   CASE cl.route_rank WHEN 3 THEN 'UN' WHEN 2 THEN 'FORUM' WHEN 1 THEN 'ALONE' ELSE 'NONE' END AS route
            FROM case_file f
            LEFT JOIN (SELECT case_id,
                              MIN(CASE WHEN status = 'DECIDED' THEN at_time END) AS decided_at,
                              MIN(CASE WHEN status = 'WITHDRAWN' THEN at_time END) AS withdrawn_at
                       FROM case_status_event WHERE status IN ('DECIDED', 'WITHDRAWN') AND case_id IN (:ids)
                       GROUP BY case_id) d ON d.case_id = f.id
            LEFT JOIN (SELECT case_id, MAX(CASE authority WHEN 'UN_1718_EXEMPTION' THEN 3 WHEN 'FORUM_REVIEW' THEN 2
                                                          WHEN 'PARTNER_NOTICE' THEN 1 ELSE 0 END) AS route_rank
                       FROM case_clearance WHERE case_id IN (:ids) GROUP BY case_id) cl ON cl.case_id = f.id
            WHERE f.filed_on IS NOT NULL AND f.id IN (:ids)""";

    /** The case was stored: its row is made again, in the same transaction. */
    @EventListener
    public void caseSaved(CaseSaved saved) {
        jdbc.update("DELETE FROM report_case WHERE case_id = :id", Map.of("id", saved.caseId()));
        make(List.of(saved.caseId()));
    }

    /** A party's day off changed: the cases of its forums whose wait spans the day count their working days again. */
    @EventListener
    public void holidaysChanged(HolidaysChanged changed) {
        MapSqlParameterSource p = new MapSqlParameterSource("day", Date.valueOf(changed.day()))
                .addValue("party", changed.party());
        List<Long> spanning = jdbc.queryForList("SELECT case_id FROM report_case WHERE filed_on < :day"
                + " AND decided_on >= :day AND forum_code IN (SELECT fo.code FROM forum fo"
                + " JOIN forum_party fp ON fp.forum_id = fo.id WHERE fp.party_code = :party)", p, Long.class);
        remake(spanning);
    }

    @Override
    public void afterSingletonsInstantiated() {
        catchUp();
    }

    /**
     * Makes the rows of cases that have none (written outside Tandem), removes those of cases gone or no longer
     * filed, and makes every row again when the derivation changed. Nodes starting at once take turns.
     */
    void catchUp() {
        transaction.executeWithoutResult(status -> catchUpInTransaction());
    }

    private void catchUpInTransaction() {
        long started = System.nanoTime();
        Integer made = jdbc.queryForObject("SELECT derivation FROM report_state WHERE id = 1 FOR UPDATE",
                Map.of(), Integer.class);
        if (made == null || made != DERIVATION) {
            // TRUNCATE, not DELETE: every row is written again, and deleted rows would leave the table twice its size
            jdbc.update("TRUNCATE TABLE report_case", Map.of());
            jdbc.update("UPDATE report_state SET derivation = :d WHERE id = 1", Map.of("d", DERIVATION));
        }
        jdbc.update("DELETE FROM report_case WHERE NOT EXISTS (SELECT 1 FROM case_file f WHERE f.id = report_case.case_id"
                + " AND f.filed_on IS NOT NULL)", Map.of());
        List<Long> missing = jdbc.queryForList("SELECT f.id FROM case_file f WHERE f.filed_on IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM report_case r WHERE r.case_id = f.id) ORDER BY f.id", Map.of(), Long.class);
        if (!missing.isEmpty()) {
            remake(missing);
            LOG.info("Report rows made for {} cases in {} ms", missing.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Makes the rows of {@code ids} again outside a save of those cases (a holiday change, the catch-up). Each case's
     * row is locked first, as a save locks it: a save in progress is waited for, and its new report row is then
     * seen and replaced (without the lock, PostgreSQL would delete nothing and the insert would collide with it).
     */
    private void remake(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbc.queryForList("SELECT id FROM case_file WHERE id IN (:ids) ORDER BY id FOR UPDATE", Map.of("ids", batch),
                    Long.class);
            jdbc.update("DELETE FROM report_case WHERE case_id IN (:ids)", Map.of("ids", batch));
            make(batch);
        }
    }

    /**
     * Derives the rows of the cases {@code ids} that are filed, counts their working days to decision with each
     * forum's parties' days off read once per batch, and inserts them: each row is written once, complete.
     */
    private void make(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<MapSqlParameterSource> rows = jdbc.query(DERIVATION_SQL, Map.of("ids", batch), (rs, n) -> {
                MapSqlParameterSource row = new MapSqlParameterSource();
                for (String column : DERIVED) {
                    row.addValue(column, rs.getObject(column));
                }
                return row;
            });
            countWorkingDays(rows);
            for (MapSqlParameterSource row : rows) {
                for (String day : List.of("filed", "decided", "withdrawn")) {
                    LocalDate on = day(row, day + "_on");
                    row.addValue(day + "_month", on == null ? null : on.getYear() * 100 + on.getMonthValue());
                }
            }
            jdbc.batchUpdate("""
                    INSERT INTO report_case (case_id, ref, forum_code, charter_forum_code, charter_version, category,
                                             status, filed_on, decided_on, withdrawn_on, filed_month, decided_month,
                                             withdrawn_month, days, working_days, route)
                    VALUES (:id, :ref, :forum_code, :charter_forum_code, :charter_version, :category, :status, :filed_on,
                            :decided_on, :withdrawn_on, :filed_month, :decided_month, :withdrawn_month, :days,
                            :working_days, :route)""",
                    rows.toArray(SqlParameterSource[]::new));
        }
    }

    private void countWorkingDays(List<MapSqlParameterSource> rows) {
        LocalDate first = null;
        LocalDate last = null;
        for (MapSqlParameterSource row : rows) {
            LocalDate filed = day(row, "filed_on");
            LocalDate decided = day(row, "decided_on");
            row.addValue("working_days", null);
            if (decided != null) {
                first = first == null || filed.isBefore(first) ? filed : first;
                last = last == null || decided.isAfter(last) ? decided : last;
            }
        }
        if (first == null) {
            return;
        }
        // read only now: most saves are of cases not yet decided, which count no working days
        Map<String, Set<String>> partiesByForum = partiesByForum();
        LocalDate from = first;
        LocalDate to = last.isBefore(first) ? first : last;
        Map<Set<String>, WorkingDayCount> counts = new HashMap<>();
        for (MapSqlParameterSource row : rows) {
            LocalDate decided = day(row, "decided_on");
            if (decided != null) {
                Set<String> parties = partiesByForum.getOrDefault((String) row.getValue("forum_code"), Set.of());
                WorkingDayCount count = counts.computeIfAbsent(parties, p -> calendar.counting(from, to, p));
                row.addValue("working_days", count.between(day(row, "filed_on"), decided));
            }
        }
    }

    private static LocalDate day(MapSqlParameterSource row, String column) {
        Object value = row.getValue(column);
        return value == null ? null : ((Date) value).toLocalDate();
    }

    private Map<String, Set<String>> partiesByForum() {
        Map<String, Set<String>> parties = new HashMap<>();
        jdbc.query("SELECT fo.code, fp.party_code FROM forum fo JOIN forum_party fp ON fp.forum_id = fo.id",
                rs -> {
                    parties.computeIfAbsent(rs.getString(1), c -> new TreeSet<>()).add(rs.getString(2));
                });
        return parties;
    }
}
