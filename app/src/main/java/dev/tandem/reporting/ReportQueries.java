package dev.tandem.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report's figures as SQL aggregates over cases, their status history and clearances, and screening hits: the
 * database counts and ranks, Tandem never loads the cases. Each case is one row of {@code case_file} whatever forum
 * holds it, so a case handed over to a successor is counted once. Time to decision is in calendar days from the
 * filing day to the day of the first {@code DECIDED} status event; percentiles are nearest-rank
 * ({@code PERCENTILE_DISC}: the smallest duration with at least p of the durations at or below it), the same on
 * H2 and PostgreSQL.
 */
@Repository
class ReportQueries {

    /** Routes, by the clearances triage gave: a UN exemption wins over the forum, the forum over a notice. */
    static final String ROUTE = """
            CASE cl.route_rank WHEN 3 THEN 'UN' WHEN 2 THEN 'FORUM' WHEN 1 THEN 'ALONE' ELSE 'NONE' END""";
    private static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate streaming;

    ReportQueries(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows in batches of this size (inside a transaction) instead of all at once
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    /** One row per filed case that the filter selects: its forum, charter, route, and days to decision. */
    private static String facts(ReportFilter filter, MapSqlParameterSource params) {
        params.addValue("from", Date.valueOf(filter.from()));
        params.addValue("to", Date.valueOf(filter.to()));
        StringBuilder sql = new StringBuilder("""
                SELECT f.id, f.ref, f.forum_code, f.charter_forum_code, f.charter_version, f.category, f.status,
                       f.filed_on, d.decided_at, d.withdrawn_at,
                       CASE WHEN d.decided_at IS NULL THEN NULL
                            ELSE EXTRACT(DAY FROM (CAST(CAST(d.decided_at AS DATE) AS TIMESTAMP) - CAST(f.filed_on AS TIMESTAMP)))
                       END AS days,
                """).append(ROUTE).append("""
                 AS route
                FROM case_file f
                LEFT JOIN (SELECT case_id,
                                  MIN(CASE WHEN status = 'DECIDED' THEN at_time END) AS decided_at,
                                  MIN(CASE WHEN status = 'WITHDRAWN' THEN at_time END) AS withdrawn_at
                           FROM case_status_event WHERE status IN ('DECIDED', 'WITHDRAWN')
                           GROUP BY case_id) d ON d.case_id = f.id
                LEFT JOIN (SELECT case_id, MAX(CASE authority WHEN 'UN_1718_EXEMPTION' THEN 3 WHEN 'FORUM_REVIEW' THEN 2
                                                              WHEN 'PARTNER_NOTICE' THEN 1 ELSE 0 END) AS route_rank
                           FROM case_clearance GROUP BY case_id) cl ON cl.case_id = f.id
                WHERE f.filed_on IS NOT NULL AND f.filed_on >= :from AND f.filed_on <= :to""");
        if (filter.forum() != null) {
            sql.append(" AND (f.forum_code = :forum OR f.charter_forum_code = :forum)");
            params.addValue("forum", filter.forum());
        }
        if (filter.category() != null) {
            sql.append(" AND f.category = :category");
            params.addValue("category", filter.category().name());
        }
        return sql.toString();
    }

    ReportTable casesByForum(ReportFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT c.forum_code AS forum, COUNT(*) AS filed,"
                + " SUM(CASE WHEN c.decided_at IS NOT NULL THEN 1 ELSE 0 END) AS decided,"
                + " SUM(CASE WHEN c.decided_at IS NULL AND c.status = 'WITHDRAWN' THEN 1 ELSE 0 END) AS withdrawn,"
                + " SUM(CASE WHEN c.status IN ('SUBMITTED', 'IN_REVIEW') THEN 1 ELSE 0 END) AS open"
                + " FROM (" + facts(filter, p) + ") c GROUP BY c.forum_code ORDER BY c.forum_code";
        return table("cases-by-forum", List.of("forum", "filed", "decided", "withdrawn", "open"), sql, p);
    }

    ReportTable timeByRoute(ReportFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT c.route, COUNT(*) AS decided,"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY c.days) AS median_days,"
                + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY c.days) AS p90_days"
                + " FROM (" + facts(filter, p) + ") c WHERE c.days IS NOT NULL GROUP BY c.route ORDER BY c.route";
        return table("time-by-route", List.of("route", "decided", "median_days", "p90_days"), sql, p);
    }

    ReportTable timeByCharter(ReportFilter filter, boolean korean) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String name = korean ? "ch.name_ko" : "ch.name";
        String sql = "SELECT c.charter_forum_code AS charter_forum, c.charter_version, MIN(" + name + ") AS charter,"
                + " COUNT(*) AS decided,"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY c.days) AS median_days,"
                + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY c.days) AS p90_days"
                + " FROM (" + facts(filter, p) + ") c"
                + " LEFT JOIN forum fo ON fo.code = c.charter_forum_code"
                + " LEFT JOIN charter ch ON ch.forum_id = fo.id AND ch.version = c.charter_version"
                + " WHERE c.days IS NOT NULL GROUP BY c.charter_forum_code, c.charter_version"
                + " ORDER BY MIN(ch.effective_from), c.charter_forum_code, c.charter_version";
        return table("time-by-charter", List.of("charter_forum", "charter_version", "charter", "decided",
                "median_days", "p90_days"), sql, p);
    }

    /** Open cases by how long ago they were filed, as of {@code asOf}. */
    ReportTable ageing(ReportFilter filter, LocalDate asOf) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("d30", Date.valueOf(asOf.minusDays(30)));
        p.addValue("d90", Date.valueOf(asOf.minusDays(90)));
        p.addValue("d180", Date.valueOf(asOf.minusDays(180)));
        p.addValue("d365", Date.valueOf(asOf.minusDays(365)));
        String sql = "SELECT CASE WHEN c.filed_on > :d30 THEN '0-30' WHEN c.filed_on > :d90 THEN '31-90'"
                + " WHEN c.filed_on > :d180 THEN '91-180' WHEN c.filed_on > :d365 THEN '181-365' ELSE '366+' END AS age_days,"
                + " COUNT(*) AS open FROM (" + facts(filter, p) + ") c WHERE c.status IN ('SUBMITTED', 'IN_REVIEW')"
                + " GROUP BY 1";
        Map<String, Object> counts = new HashMap<>();
        for (List<Object> row : table("ageing", List.of("age_days", "open"), sql, p).rows()) {
            counts.put((String) row.get(0), row.get(1));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (String bucket : List.of("0-30", "31-90", "91-180", "181-365", "366+")) {
            rows.add(List.of(bucket, counts.getOrDefault(bucket, 0L)));
        }
        return new ReportTable("ageing", List.of("age_days", "open"), rows);
    }

    /** Per month of the period: filed, decided, withdrawn, and the backlog those leave at the month's end. */
    ReportTable monthly(ReportFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String facts = facts(filter, p);
        String sql = "SELECT m.ym, SUM(m.filed) AS filed, SUM(m.decided) AS decided, SUM(m.withdrawn) AS withdrawn FROM ("
                + " SELECT EXTRACT(YEAR FROM c.filed_on) * 100 + EXTRACT(MONTH FROM c.filed_on) AS ym,"
                + " 1 AS filed, 0 AS decided, 0 AS withdrawn FROM (" + facts + ") c"
                + " UNION ALL SELECT EXTRACT(YEAR FROM c.decided_at) * 100 + EXTRACT(MONTH FROM c.decided_at), 0, 1, 0"
                + " FROM (" + facts + ") c WHERE c.decided_at IS NOT NULL"
                + " UNION ALL SELECT EXTRACT(YEAR FROM c.withdrawn_at) * 100 + EXTRACT(MONTH FROM c.withdrawn_at), 0, 0, 1"
                + " FROM (" + facts + ") c WHERE c.decided_at IS NULL AND c.withdrawn_at IS NOT NULL"
                + ") m GROUP BY m.ym ORDER BY m.ym";
        List<List<Object>> rows = new ArrayList<>();
        long backlog = 0;
        for (List<Object> row : table("monthly", List.of("month", "filed", "decided", "withdrawn"), sql, p).rows()) {
            int month = ((Number) row.get(0)).intValue();
            long filed = ((Number) row.get(1)).longValue();
            long decided = ((Number) row.get(2)).longValue();
            long withdrawn = ((Number) row.get(3)).longValue();
            backlog += filed - decided - withdrawn;
            rows.add(List.of(String.format("%04d-%02d", month / 100, month % 100), filed, decided, withdrawn, backlog));
        }
        return new ReportTable("monthly", List.of("month", "filed", "decided", "withdrawn", "backlog"), rows);
    }

    /**
     * Screening hits raised in the period (every forum: a hit belongs to a name under watch, not to a forum), by
     * list: decided, decided false positive and its share of the decided, hours to decide (nearest rank).
     */
    ReportTable screening(ReportFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("from", Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        p.addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        String hours = "(EXTRACT(DAY FROM (h.decided_at - h.raised_at)) * 24 + EXTRACT(HOUR FROM (h.decided_at - h.raised_at)))";
        String sql = "SELECT h.list_source AS list, COUNT(*) AS raised,"
                + " SUM(CASE WHEN h.decided_at IS NOT NULL THEN 1 ELSE 0 END) AS decided,"
                + " SUM(CASE WHEN h.status = 'FALSE_POSITIVE' THEN 1 ELSE 0 END) AS false_positive,"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY " + hours + ") AS median_hours,"
                + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY " + hours + ") AS p90_hours"
                + " FROM screening_hit h WHERE h.raised_at >= :from AND h.raised_at < :to"
                + " GROUP BY h.list_source ORDER BY h.list_source";
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table("screening", List.of("list", "raised", "decided", "false_positive", "median_hours", "p90_hours"), sql, p).rows()) {
            long decided = ((Number) row.get(2)).longValue();
            long falsePositive = ((Number) row.get(3)).longValue();
            Object share = decided == 0 ? null : Math.round(1000.0 * falsePositive / decided) / 10.0;
            rows.add(java.util.Arrays.asList(row.get(0), row.get(1), decided, falsePositive, share,
                    integer(row.get(4)), integer(row.get(5))));
        }
        return new ReportTable("screening", List.of("list", "raised", "decided", "false_positive",
                "false_positive_percent", "median_hours", "p90_hours"), rows);
    }

    static final List<String> CASE_COLUMNS = List.of("ref", "forum", "charter_forum", "charter_version", "category",
            "status", "filed_on", "decided_on", "days", "route");

    /** Streams one row per case to {@code sink}, in filing order; memory stays flat whatever the count. */
    void eachCase(ReportFilter filter, Consumer<List<Object>> sink) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT c.ref, c.forum_code, c.charter_forum_code, c.charter_version, c.category, c.status,"
                + " c.filed_on, CAST(c.decided_at AS DATE) AS decided_on, c.days, c.route FROM (" + facts(filter, p)
                + ") c ORDER BY c.filed_on, c.id";
        streaming.query(sql, p, (ResultSet rs) -> {
            sink.accept(row(rs));
        });
    }

    /** The refs of the filed cases the filter selects, in filing order, at most {@code limit} + 1. */
    List<String> refs(ReportFilter filter, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT c.ref FROM (" + facts(filter, p) + ") c ORDER BY c.filed_on, c.id";
        List<String> refs = new ArrayList<>();
        streaming.query(sql, p, (ResultSet rs) -> {
            if (refs.size() <= limit) {
                refs.add(rs.getString(1));
            }
        });
        return refs;
    }

    /** Cases by year filed, forum and route, with the median days to decision: the transparency report's base. */
    ReportTable byYearForumRoute(ReportFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT EXTRACT(YEAR FROM c.filed_on) AS year_filed, c.forum_code AS forum, c.route, COUNT(*) AS filed,"
                + " SUM(CASE WHEN c.decided_at IS NOT NULL THEN 1 ELSE 0 END) AS decided,"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY c.days) AS median_days"
                + " FROM (" + facts(filter, p) + ") c GROUP BY EXTRACT(YEAR FROM c.filed_on), c.forum_code, c.route"
                + " ORDER BY 1, 2, 3";
        return table("transparency", List.of("year_filed", "forum", "route", "filed", "decided", "median_days"),
                sql, p);
    }

    private ReportTable table(String id, List<String> columns, String sql, MapSqlParameterSource params) {
        List<List<Object>> rows = new ArrayList<>();
        streaming.query(sql, params, (ResultSet rs) -> {
            rows.add(row(rs));
        });
        return new ReportTable(id, columns, rows);
    }

    private static List<Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<Object> row = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof java.math.BigDecimal decimal) {
                value = decimal.scale() <= 0 || decimal.stripTrailingZeros().scale() <= 0
                        ? (Object) decimal.longValue() : decimal.doubleValue();
            } else if (value instanceof Integer number) {
                value = number.longValue();
            } else if (value instanceof Double number && number == Math.rint(number)) {
                value = number.longValue();
            } else if (value instanceof Date date) {
                value = date.toLocalDate().toString();
            } else if (value instanceof java.time.LocalDate date) {
                value = date.toString();
            }
            row.add(value);
        }
        return row;
    }

    private static Object integer(Object value) {
        return value instanceof Number number ? (Object) number.longValue() : null;
    }
}
