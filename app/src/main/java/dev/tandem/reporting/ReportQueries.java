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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report's figures as SQL aggregates over the row per filed case that {@link CaseFigures} keeps, over holds,
 * exemption steps and screening hits: the database counts and ranks, Tandem never loads the cases. Each case is one
 * row whatever forum holds it, so a case handed over to a successor is counted once. Time to decision is in calendar
 * days and in the parties' working days from the filing day to the day the case was decided; percentiles are
 * nearest-rank ({@code PERCENTILE_DISC}: the smallest duration with at least p of the durations at or below it), the
 * same on H2 and PostgreSQL.
 */
@Repository
class ReportQueries {

    private static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate streaming;

    ReportQueries(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows in batches of this size (inside a transaction) instead of all at once
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    /** One row per filed case that the filter selects ({@link CaseFigures}), a case handed over counted once. */
    private static String facts(ReportFilter filter, MapSqlParameterSource params) {
        params.addValue("from", Date.valueOf(filter.from()));
        params.addValue("to", Date.valueOf(filter.to()));
        StringBuilder sql = new StringBuilder("SELECT f.* FROM report_case f WHERE f.filed_on >= :from AND f.filed_on <= :to");
        if (filter.forum() != null) {
            sql.append(" AND (f.forum_code = :forum OR f.charter_forum_code = :forum)");
            params.addValue("forum", filter.forum());
        }
        if (filter.category() != null) {
            sql.append(" AND f.category = :category");
            params.addValue("category", filter.category().name());
        }
        if (filter.track() != null) {
            List<String> onTrack = filter.trackCategories();
            sql.append(onTrack.isEmpty() ? " AND 1 = 0" : " AND f.category IN (:trackCategories)");
            params.addValue("trackCategories", onTrack);
        }
        return sql.toString();
    }

    /** The counts the dashboard shows per forum, per age of the open cases and per month. */
    record Counts(ReportTable byForum, ReportTable ageing, ReportTable monthly) {
    }

    private static final List<String> OPEN = List.of("SUBMITTED", "IN_REVIEW");
    private static final List<String> AGES = List.of("0-30", "31-90", "91-180", "181-365", "366+");

    /**
     * Cases filed, decided, withdrawn and open by forum; open cases by how long ago they were filed, as of
     * {@code asOf}; and per month of the period filed, decided, withdrawn and the backlog those leave at the month's
     * end. One pass counts the cases by forum, status, age and the months they were filed, decided and withdrawn in
     * (a few thousand groups for 100,000 cases); the three tables are summed from those counts.
     */
    Counts counts(ReportFilter filter, LocalDate asOf) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("d30", Date.valueOf(asOf.minusDays(30)));
        p.addValue("d90", Date.valueOf(asOf.minusDays(90)));
        p.addValue("d180", Date.valueOf(asOf.minusDays(180)));
        p.addValue("d365", Date.valueOf(asOf.minusDays(365)));
        p.addValue("open", OPEN);
        String age = "CASE WHEN c.status NOT IN (:open) THEN NULL WHEN c.filed_on > :d30 THEN '0-30'"
                + " WHEN c.filed_on > :d90 THEN '31-90' WHEN c.filed_on > :d180 THEN '91-180'"
                + " WHEN c.filed_on > :d365 THEN '181-365' ELSE '366+' END";
        String sql = "SELECT g.forum_code, g.status, g.age, g.filed_month, g.decided_month, g.withdrawn_month, COUNT(*)"
                + " FROM (SELECT c.forum_code, c.status, " + age + " AS age, c.filed_month, c.decided_month,"
                + " CASE WHEN c.decided_month IS NULL THEN c.withdrawn_month END AS withdrawn_month"
                + " FROM (" + facts(filter, p) + ") c) g"
                + " GROUP BY g.forum_code, g.status, g.age, g.filed_month, g.decided_month, g.withdrawn_month";
        Map<String, long[]> forums = new TreeMap<>();   // filed, decided, withdrawn, open
        Map<String, Long> ages = new HashMap<>();
        Map<Integer, long[]> months = new TreeMap<>();  // filed, decided, withdrawn
        streaming.query(sql, p, (ResultSet rs) -> {
            String status = rs.getString(2);
            long n = rs.getLong(7);
            Integer decidedMonth = (Integer) rs.getObject(5, Integer.class);
            Integer withdrawnIn = (Integer) rs.getObject(6, Integer.class);
            long[] forum = forums.computeIfAbsent(rs.getString(1), f -> new long[4]);
            forum[0] += n;
            forum[1] += decidedMonth != null ? n : 0;
            forum[2] += decidedMonth == null && status.equals("WITHDRAWN") ? n : 0;
            forum[3] += OPEN.contains(status) ? n : 0;
            if (rs.getString(3) != null) {
                ages.merge(rs.getString(3), n, Long::sum);
            }
            months.computeIfAbsent(rs.getInt(4), m -> new long[3])[0] += n;
            if (decidedMonth != null) {
                months.computeIfAbsent(decidedMonth, m -> new long[3])[1] += n;
            }
            if (withdrawnIn != null) {
                months.computeIfAbsent(withdrawnIn, m -> new long[3])[2] += n;
            }
        });
        List<List<Object>> byForum = new ArrayList<>();
        forums.forEach((forum, n) -> byForum.add(List.of(forum, n[0], n[1], n[2], n[3])));
        List<List<Object>> ageing = new ArrayList<>();
        AGES.forEach(bucket -> ageing.add(List.of(bucket, ages.getOrDefault(bucket, 0L))));
        List<List<Object>> monthly = new ArrayList<>();
        long backlog = 0;
        for (Map.Entry<Integer, long[]> entry : months.entrySet()) {
            long[] n = entry.getValue();
            backlog += n[0] - n[1] - n[2];
            monthly.add(List.of(String.format("%04d-%02d", entry.getKey() / 100, entry.getKey() % 100), n[0], n[1],
                    n[2], backlog));
        }
        return new Counts(new ReportTable("cases-by-forum", List.of("forum", "filed", "decided", "withdrawn", "open"),
                byForum), new ReportTable("ageing", List.of("age_days", "open"), ageing),
                new ReportTable("monthly", List.of("month", "filed", "decided", "withdrawn", "backlog"), monthly));
    }

    /**
     * Days and working days from filing to decision, median and 90th percentile, by route and by the charter a case
     * was judged under: one pass over the decided cases, counted by route, charter and duration, ranked in
     * {@link Durations}.
     */
    List<ReportTable> timeToDecision(ReportFilter filter, boolean korean) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT c.route, c.charter_forum_code, c.charter_version, c.days, c.working_days, COUNT(*)"
                + " FROM (" + facts(filter, p) + ") c WHERE c.days IS NOT NULL"
                + " GROUP BY c.route, c.charter_forum_code, c.charter_version, c.days, c.working_days";
        Map<String, Durations> byRoute = new TreeMap<>();
        Map<List<Object>, Durations> byCharter = new HashMap<>();
        streaming.query(sql, p, (ResultSet rs) -> {
            int days = rs.getInt(4);
            Integer workingDays = (Integer) rs.getObject(5, Integer.class);
            long count = rs.getLong(6);
            byRoute.computeIfAbsent(rs.getString(1), r -> new Durations()).add(days, workingDays, count);
            byCharter.computeIfAbsent(Arrays.asList(rs.getString(2), (Integer) rs.getObject(3, Integer.class)),
                    k -> new Durations()).add(days, workingDays, count);
        });
        List<List<Object>> routes = new ArrayList<>();
        byRoute.forEach((route, d) -> routes.add(withDurations(new ArrayList<>(List.of(route)), d)));

        Map<List<Object>, Charter> charters = charters(korean);
        List<List<Object>> keys = new ArrayList<>(byCharter.keySet());
        Comparator<LocalDate> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        keys.sort(Comparator.<List<Object>, LocalDate>comparing(k -> charters.containsKey(k) ? charters.get(k).from() : null, nullsLast)
                .thenComparing(k -> (String) k.get(0), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(k -> (Integer) k.get(1), Comparator.nullsLast(Comparator.naturalOrder())));
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> key : keys) {
            Charter charter = charters.get(key);
            rows.add(withDurations(new ArrayList<>(Arrays.asList(key.get(0), key.get(1) == null ? null
                    : (Object) ((Integer) key.get(1)).longValue(), charter == null ? null : charter.name())),
                    byCharter.get(key)));
        }
        return List.of(new ReportTable("time-by-route", List.of("route", "decided", "median_days", "p90_days",
                        "median_working_days", "p90_working_days"), routes),
                new ReportTable("time-by-charter", List.of("charter_forum", "charter_version", "charter", "decided",
                        "median_days", "p90_days", "median_working_days", "p90_working_days"), rows));
    }

    private static List<Object> withDurations(List<Object> row, Durations d) {
        row.add(d.cases());
        for (Integer value : new Integer[] {d.days(50), d.days(90), d.workingDays(50), d.workingDays(90)}) {
            row.add(value == null ? null : (Object) value.longValue());
        }
        return row;
    }

    private record Charter(String name, LocalDate from) {
    }

    /** Every charter's name and first day, by forum code and version. */
    private Map<List<Object>, Charter> charters(boolean korean) {
        Map<List<Object>, Charter> charters = new HashMap<>();
        streaming.query("SELECT fo.code, ch.version, " + (korean ? "ch.name_ko" : "ch.name") + ", ch.effective_from"
                + " FROM charter ch JOIN forum fo ON fo.id = ch.forum_id", (ResultSet rs) -> {
                    Date from = rs.getDate(4);
                    charters.put(Arrays.asList(rs.getString(1), rs.getInt(2)),
                            new Charter(rs.getString(3), from == null ? null : from.toLocalDate()));
                });
        return charters;
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

    /** Days from one DATE expression to another, the same on H2 and PostgreSQL. */
    private static String daysBetween(String from, String to) {
        return "EXTRACT(DAY FROM (CAST(" + to + " AS TIMESTAMP) - CAST(" + from + " AS TIMESTAMP)))";
    }

    /**
     * Holds placed on the clearances of the filter's cases, by party: a hold is a {@code HOLD} position, lifted by
     * the same party's next position on the same review (whatever it says); its length runs in calendar days to
     * the lift, or to {@code asOf} when it is not lifted by then. Holds placed after {@code asOf} are not counted.
     */
    ReportTable holdsByParty(ReportFilter filter, LocalDate asOf) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("asOf", Date.valueOf(asOf));
        String held = "x.lifted_on IS NULL OR x.lifted_on > CAST(:asOf AS DATE)";
        String sql = "SELECT h.party, COUNT(*) AS holds, SUM(h.held) AS held_now,"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY h.days) AS median_days,"
                + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY h.days) AS p90_days,"
                + " MAX(h.days) AS longest_days FROM ("
                + " SELECT x.party, CASE WHEN " + held + " THEN 1 ELSE 0 END AS held, "
                + daysBetween("x.held_on", "CASE WHEN " + held + " THEN CAST(:asOf AS DATE) ELSE x.lifted_on END")
                + " AS days FROM ("
                + " SELECT pos.party, CAST(pos.taken_at AS DATE) AS held_on,"
                + " (SELECT CAST(MIN(n.taken_at) AS DATE) FROM review_position n WHERE n.review_id = pos.review_id"
                + " AND n.party = pos.party AND n.taken_at > pos.taken_at) AS lifted_on"
                + " FROM review_position pos JOIN review r ON r.id = pos.review_id"
                + " JOIN (" + facts(filter, p) + ") c ON c.ref = r.case_ref"
                + " WHERE pos.kind = 'HOLD' AND CAST(pos.taken_at AS DATE) <= CAST(:asOf AS DATE)) x"
                + ") h GROUP BY h.party ORDER BY h.party";
        return table("holds-by-party", List.of("party", "holds", "held_now", "median_days", "p90_days",
                "longest_days"), sql, p);
    }

    /** The exemption stages on the way to the Committee's decision, in their order. */
    private static final String STEP_ORDER = "CASE s.stage WHEN 'DRAFTED' THEN 1 WHEN 'NATIONAL_REVIEW' THEN 2"
            + " WHEN 'SUBMITTED' THEN 3 WHEN 'CIRCULATED' THEN 4 WHEN 'ON_HOLD' THEN 5 END";

    /**
     * Calendar days in each exemption step before the Committee decides, over the exemption requests of the
     * filter's cases: from entering the step to leaving it, or to {@code asOf} for a request still in it.
     */
    ReportTable exemptionSteps(ReportFilter filter, LocalDate asOf) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("asOf", Date.valueOf(asOf));
        String still = "st.left_on IS NULL OR st.left_on > CAST(:asOf AS DATE)";
        String sql = "SELECT s.stage, COUNT(*) AS steps, SUM(s.still) AS still_in,"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY s.days) AS median_days,"
                + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY s.days) AS p90_days FROM ("
                + " SELECT st.stage, CASE WHEN " + still + " THEN 1 ELSE 0 END AS still, "
                + daysBetween("st.entered_on", "CASE WHEN " + still + " THEN CAST(:asOf AS DATE) ELSE st.left_on END")
                + " AS days FROM exemption_step st JOIN exemption e ON e.id = st.exemption_id"
                + " JOIN (" + facts(filter, p) + ") c ON c.ref = e.case_ref"
                + " WHERE st.stage IN ('DRAFTED', 'NATIONAL_REVIEW', 'SUBMITTED', 'CIRCULATED', 'ON_HOLD')"
                + " AND st.entered_on <= CAST(:asOf AS DATE)"
                + ") s GROUP BY s.stage ORDER BY " + STEP_ORDER;
        return table("exemption-steps", List.of("stage", "steps", "still_in", "median_days", "p90_days"), sql, p);
    }

    /**
     * Exemption requests of the filter's cases by requesting party, as they stand: approved (also those expired
     * since), not approved, expired, and the median validity granted in calendar days from the first to the last
     * day of validity.
     */
    ReportTable exemptions(ReportFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT e.requesting_party AS party, COUNT(*) AS requests,"
                + " SUM(CASE WHEN e.approved_on IS NOT NULL THEN 1 ELSE 0 END) AS approved,"
                + " SUM(CASE WHEN e.stage = 'NOT_APPROVED' THEN 1 ELSE 0 END) AS not_approved,"
                + " SUM(CASE WHEN e.stage = 'EXPIRED' THEN 1 ELSE 0 END) AS expired,"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY " + daysBetween("e.valid_from", "e.valid_until")
                + ") AS median_validity_days"
                + " FROM exemption e JOIN (" + facts(filter, p) + ") c ON c.ref = e.case_ref"
                + " GROUP BY e.requesting_party ORDER BY e.requesting_party";
        return table("exemptions", List.of("party", "requests", "approved", "not_approved", "expired",
                "median_validity_days"), sql, p);
    }

    static final List<String> CASE_COLUMNS = List.of("ref", "forum", "charter_forum", "charter_version", "category",
            "status", "filed_on", "decided_on", "days", "working_days", "route");

    /** Streams one row per case to {@code sink}, in filing order; memory stays flat whatever the count. */
    void eachCase(ReportFilter filter, Consumer<List<Object>> sink) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT c.ref, c.forum_code, c.charter_forum_code, c.charter_version, c.category, c.status,"
                + " c.filed_on, c.decided_on, c.days, c.working_days, c.route FROM (" + facts(filter, p)
                + ") c ORDER BY c.filed_on, c.case_id";
        streaming.query(sql, p, (ResultSet rs) -> {
            sink.accept(row(rs));
        });
    }

    /** The refs of the filed cases the filter selects, in filing order, at most {@code limit} + 1. */
    List<String> refs(ReportFilter filter, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT c.ref FROM (" + facts(filter, p) + ") c ORDER BY c.filed_on, c.case_id";
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
                + " SUM(CASE WHEN c.decided_on IS NOT NULL THEN 1 ELSE 0 END) AS decided,"
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
