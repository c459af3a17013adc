package dev.tandem.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * and the calendar and working days from filing to decision. A row is made again in the transaction that stores its
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
     * The rows of the cases {@code cases} selects (a condition on {@code case_file f}), derived from the case, its
     * first decision and withdrawal, and the highest authority triage sent it to; {@code children} narrows the
     * status history and clearances read to the same cases.
     */
    private static String derivation(String cases, String children) {
        return """
                INSERT INTO report_case (case_id, ref, forum_code, charter_forum_code, charter_version, category, status,
                                         filed_on, decided_on, withdrawn_on, days, route)
                SELECT f.id, f.ref, f.forum_code, f.charter_forum_code, f.charter_version, f.category, f.status,
                       f.filed_on, CAST(d.decided_at AS DATE), CAST(d.withdrawn_at AS DATE),
                       CASE WHEN d.decided_at IS NULL THEN NULL
                            ELSE EXTRACT(DAY FROM (CAST(CAST(d.decided_at AS DATE) AS TIMESTAMP) - CAST(f.filed_on AS TIMESTAMP)))
                       END,
                       CASE cl.route_rank WHEN 3 THEN 'UN' WHEN 2 THEN 'FORUM' WHEN 1 THEN 'ALONE' ELSE 'NONE' END
                FROM case_file f
                LEFT JOIN (SELECT case_id,
                                  MIN(CASE WHEN status = 'DECIDED' THEN at_time END) AS decided_at,
                                  MIN(CASE WHEN status = 'WITHDRAWN' THEN at_time END) AS withdrawn_at
                           FROM case_status_event WHERE status IN ('DECIDED', 'WITHDRAWN') AND %2$s
                           GROUP BY case_id) d ON d.case_id = f.id
                LEFT JOIN (SELECT case_id, MAX(CASE authority WHEN 'UN_1718_EXEMPTION' THEN 3 WHEN 'FORUM_REVIEW' THEN 2
                                                              WHEN 'PARTNER_NOTICE' THEN 1 ELSE 0 END) AS route_rank
                           FROM case_clearance WHERE %2$s GROUP BY case_id) cl ON cl.case_id = f.id
                WHERE f.filed_on IS NOT NULL AND %1$s""".formatted(cases, children);
    }

    /** The case was stored: its row is made again, in the same transaction. */
    @EventListener
    public void caseSaved(CaseSaved saved) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", saved.caseId());
        jdbc.update("DELETE FROM report_case WHERE case_id = :id", id);
        jdbc.update(derivation("f.id = :id", "case_id = :id"), id);
        countWorkingDays("case_id = :id", id);
    }

    /** A party's day off changed: the cases of its forums whose wait spans the day count their working days again. */
    @EventListener
    public void holidaysChanged(HolidaysChanged changed) {
        MapSqlParameterSource p = new MapSqlParameterSource("day", Date.valueOf(changed.day()))
                .addValue("party", changed.party());
        String spanning = "filed_on < :day AND decided_on >= :day AND forum_code IN (SELECT fo.code FROM forum fo"
                + " JOIN forum_party fp ON fp.forum_id = fo.id WHERE fp.party_code = :party)";
        countWorkingDays(spanning, p);
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
            jdbc.update("DELETE FROM report_case", Map.of());
            jdbc.update("UPDATE report_state SET derivation = :d WHERE id = 1", Map.of("d", DERIVATION));
        }
        jdbc.update("DELETE FROM report_case WHERE NOT EXISTS (SELECT 1 FROM case_file f WHERE f.id = report_case.case_id"
                + " AND f.filed_on IS NOT NULL)", Map.of());
        int added = jdbc.update(derivation("NOT EXISTS (SELECT 1 FROM report_case r WHERE r.case_id = f.id)", "1 = 1"),
                Map.of());
        if (added > 0) {
            countWorkingDays("working_days IS NULL", new MapSqlParameterSource());
            LOG.info("Report rows made for {} cases in {} ms", added, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Counts the working days to decision of the decided rows {@code which} selects, a batch at a time, with each
     * forum's parties' days off read once per batch.
     */
    private void countWorkingDays(String which, MapSqlParameterSource params) {
        Map<String, Set<String>> parties = partiesByForum();
        long after = Long.MIN_VALUE;
        while (true) {
            params.addValue("after", after);
            List<Waited> batch = jdbc.query("SELECT case_id, forum_code, filed_on, decided_on FROM report_case"
                            + " WHERE decided_on IS NOT NULL AND case_id > :after AND (" + which + ")"
                            + " ORDER BY case_id LIMIT " + BATCH, params,
                    (rs, n) -> new Waited(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getDate(4).toLocalDate()));
            if (batch.isEmpty()) {
                return;
            }
            update(batch, parties);
            after = batch.get(batch.size() - 1).caseId();
        }
    }

    private void update(List<Waited> batch, Map<String, Set<String>> partiesByForum) {
        LocalDate first = batch.stream().map(Waited::filedOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = batch.stream().map(Waited::decidedOn).max(LocalDate::compareTo).orElseThrow();
        Map<Set<String>, WorkingDayCount> counts = new HashMap<>();
        List<SqlParameterSource> rows = new ArrayList<>(batch.size());
        for (Waited w : batch) {
            Set<String> parties = partiesByForum.getOrDefault(w.forumCode(), Set.of());
            WorkingDayCount count = counts.computeIfAbsent(parties,
                    p -> calendar.counting(first, last.isBefore(first) ? first : last, p));
            rows.add(new MapSqlParameterSource("id", w.caseId())
                    .addValue("days", count.between(w.filedOn(), w.decidedOn())));
        }
        jdbc.batchUpdate("UPDATE report_case SET working_days = :days WHERE case_id = :id",
                rows.toArray(SqlParameterSource[]::new));
    }

    private Map<String, Set<String>> partiesByForum() {
        Map<String, Set<String>> parties = new HashMap<>();
        jdbc.query("SELECT fo.code, fp.party_code FROM forum fo JOIN forum_party fp ON fp.forum_id = fo.id",
                rs -> {
                    parties.computeIfAbsent(rs.getString(1), c -> new TreeSet<>()).add(rs.getString(2));
                });
        return parties;
    }

    /** A decided case's wait: from its filing day to its decision. */
    private record Waited(long caseId, String forumCode, LocalDate filedOn, LocalDate decidedOn) {
    }
}
