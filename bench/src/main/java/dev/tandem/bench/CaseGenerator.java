package dev.tandem.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.flywaydb.core.Flyway;

/**
 * Fills a Tandem database (H2 or PostgreSQL) with realistic cases for the benchmarks in docs/performance.md: line
 * items with real HS codes and quantities, counterparties (about 2 % of them names on the UN list, so that
 * screening has work), a status history that follows the case rules, and the clearance triage gave. It migrates the
 * schema with the application's own Flyway scripts, then writes with JDBC batches, a commit every 1,000 cases.
 * Generated cases are a fixture: they are not journaled and their counterparties are not kept under screening.
 * Deterministic for a given seed.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) dev.tandem.bench.CaseGenerator \
 *      --url jdbc:h2:file:/tmp/tandem-bench/tandem --user tandem --password '' --cases 100000 [--seed 7]
 * </pre>
 */
public final class CaseGenerator {

    /** HS codes of goods that humanitarian and exchange projects with the DPRK really carried, with their units. */
    private static final String[][] GOODS = {
            {"Antibiotics (amoxicillin)", "3004.10", "dose"}, {"Tamiflu (oseltamivir)", "3004.90", "dose"},
            {"Insulin", "3004.31", "vial"}, {"Infant formula", "1901.10", "tin"}, {"Rice", "1006.30", "t"},
            {"Maize seed", "1005.10", "t"}, {"Wheat flour", "1101.00", "t"}, {"Soybean oil", "1507.90", "l"},
            {"Sugar", "1701.99", "t"}, {"Water purification tablets", "3808.94", "tablet"},
            {"Tuberculosis test kits", "3822.19", "kit"}, {"Vaccines", "3002.41", "dose"},
            {"Syringes", "9018.31", "piece"}, {"Surgical gloves", "4015.12", "pair"}, {"Fertiliser (urea)", "3102.10", "t"},
            {"Greenhouse film", "3920.10", "roll"}, {"Blankets", "6301.40", "piece"}, {"Winter coats", "6201.40", "piece"},
            {"Solar panels", "8541.43", "piece"}, {"Water pumps", "8413.70", "piece"}, {"Trucks", "8704.22", "piece"},
            {"Diesel fuel", "2710.19", "bbl"}, {"X-ray machine", "9022.14", "piece"}, {"Ultrasound scanner", "9018.12", "piece"},
            {"Laptop computers", "8471.30", "piece"}, {"Video cameras", "8525.89", "piece"}, {"Fibre-optic cable", "8544.70", "m"},
            {"Steel pipes", "7304.19", "t"}, {"Cement", "2523.29", "t"}, {"Potato seed", "0701.10", "t"}};
    private static final String[] ORGANISATIONS = {"Ministry of Public Health (DPRK)", "Korea Red Cross (DPRK)",
            "Pyongyang Medical College Hospital", "Central Bureau of Statistics", "Sinuiju Provincial Hospital",
            "Kaesong People's Committee", "Nampo Port Authority", "Korea Europe Cooperation Coordinating Agency",
            "Ministry of Agriculture (DPRK)", "Hwanghae Farm Cooperative", "Dandong Freight Forwarding Co.",
            "Hanbit Medical Aid", "Saemaeul Rail Works", "Korean Sharing Movement", "World Vision Korea",
            "Eugene Bell Foundation", "Hyundai Asan", "Unification Ministry Logistics Centre"};
    /** Names on the UN list (testdata/sanctions), so that some counterparties are hits. */
    private static final String[] LISTED = {"Korea Ryonbong General Corporation",
            "Korea Mining Development Trading Corporation", "Tanchon Commercial Bank", "Ocean Maritime Management",
            "Korea Kwangson Banking Corp", "Ri Yong Mu", "Choe Chun Sik"};
    private static final String[] STATUSES = {"DRAFT", "SUBMITTED", "IN_REVIEW", "DECIDED", "IMPLEMENTING", "CLOSED",
            "WITHDRAWN"};
    private static final int[] STATUS_WEIGHTS = {10, 20, 15, 20, 10, 20, 5};
    private static final String[] CATEGORIES = {"HUMANITARIAN", "HUMANITARIAN", "HUMANITARIAN", "EXCHANGE", "TRADE",
            "INFRASTRUCTURE"};
    private static final LocalDate WORKING_GROUP_END = LocalDate.of(2021, 6, 23);

    private CaseGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", null);
        String user = option(args, "--user", "tandem");
        String password = option(args, "--password", "");
        int count = Integer.parseInt(option(args, "--cases", "100000"));
        Random random = new Random(Long.parseLong(option(args, "--seed", "7")));
        if (url == null) {
            throw new IllegalArgumentException("--url is required (jdbc:h2:file:... or jdbc:postgresql://127.0.0.1/...)");
        }
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        long migrated = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long first = nextId(db);
            write(db, first, count, random);
            restartIdentity(db, first + count);
            db.commit();
        }
        long done = System.nanoTime();
        System.out.printf("%,d cases written in %.1f s (schema %.1f s, rows %.1f s): %.0f cases/s%n", count,
                (done - started) / 1e9, (migrated - started) / 1e9, (done - migrated) / 1e9,
                count / ((done - migrated) / 1e9));
    }

    private static void write(Connection db, long first, int count, Random random) throws Exception {
        try (PreparedStatement cases = db.prepareStatement("""
                INSERT INTO case_file (id, ref, title, purpose, category, applicant, organisation, forum_code, route,
                                       planned_from, planned_to, joint_venture, status, filed_on, rule_version,
                                       charter_forum_code, charter_version, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement items = db.prepareStatement("""
                INSERT INTO case_item (case_id, position, description, specification, quantity, unit, hs_code,
                                       unit_value_usd, total_value_usd, direction, possible_military_use,
                                       aircraft_spare_part)
                VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, 'TO', FALSE, FALSE)""");
             PreparedStatement parties = db.prepareStatement("""
                INSERT INTO case_counterparty (case_id, position, role, name, kind, country)
                VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement events = db.prepareStatement("""
                INSERT INTO case_status_event (case_id, position, status, at_time, actor, note)
                VALUES (?, ?, ?, ?, ?, ?)""");
             PreparedStatement clearances = db.prepareStatement("""
                INSERT INTO case_clearance (case_id, position, authority, status, reason_en, reason_ko, citations,
                                            working_days, started_on, due_on)
                VALUES (?, 0, ?, 'PENDING', ?, ?, ?, ?, ?, ?)""")) {
            for (int n = 0; n < count; n++) {
                long id = first + n;
                LocalDate created = LocalDate.of(2018, 11, 20).plusDays(random.nextInt(2900));
                String status = weighted(random);
                boolean filed = !status.equals("DRAFT");
                boolean withGroup = created.isBefore(WORKING_GROUP_END);
                String forum = withGroup && !status.equals("SUBMITTED") && !status.equals("IN_REVIEW")
                        ? "rok-us-working-group" : "rok-us-dg-consultation";
                String[] good = GOODS[random.nextInt(GOODS.length)];
                String applicant = random.nextInt(4) == 0 ? "applicant" : random.nextInt(3) == 0 ? "applicant2"
                        : "ngo-" + random.nextInt(400);
                String organisation = ORGANISATIONS[11 + random.nextInt(7)];
                Instant at = created.atStartOfDay().toInstant(ZoneOffset.UTC);
                cases.setLong(1, id);
                cases.setString(2, String.format("T-%d-%04d", created.getYear(), id));
                cases.setString(3, good[0] + " for " + ORGANISATIONS[random.nextInt(11)]);
                cases.setString(4, "Delivery of " + good[0].toLowerCase(java.util.Locale.ROOT) + " (HS " + good[1]
                        + ") under a humanitarian programme; 인도적 지원 물품 " + (n % 97) + "호");
                cases.setString(5, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                cases.setString(6, applicant);
                cases.setString(7, organisation);
                cases.setString(8, forum);
                cases.setString(9, random.nextBoolean() ? "Paju – Kaesong by road" : "Dandong – Sinuiju by rail");
                cases.setDate(10, Date.valueOf(created.plusDays(30)));
                cases.setDate(11, Date.valueOf(created.plusDays(120)));
                cases.setString(12, status);
                cases.setDate(13, filed ? Date.valueOf(created) : null);
                cases.setString(14, filed ? "un-dprk-2397" : null);
                cases.setString(15, filed ? (withGroup ? "rok-us-working-group" : "rok-us-dg-consultation") : null);
                if (filed) {
                    cases.setInt(16, 1);
                } else {
                    cases.setNull(16, java.sql.Types.INTEGER);
                }
                cases.setTimestamp(17, Timestamp.from(at));
                cases.setInt(18, 1 + random.nextInt(4));
                cases.addBatch();

                int itemCount = 1 + random.nextInt(8);
                for (int i = 0; i < itemCount; i++) {
                    String[] g = i == 0 ? good : GOODS[random.nextInt(GOODS.length)];
                    BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(5000));
                    BigDecimal unitValue = BigDecimal.valueOf(1 + random.nextInt(20000), 2);
                    items.setLong(1, id);
                    items.setInt(2, i);
                    items.setString(3, g[0]);
                    items.setBigDecimal(4, quantity);
                    items.setString(5, g[2]);
                    items.setString(6, g[1]);
                    items.setBigDecimal(7, unitValue);
                    items.setBigDecimal(8, unitValue.multiply(quantity));
                    items.addBatch();
                }
                int partyCount = 1 + random.nextInt(3);
                for (int p = 0; p < partyCount; p++) {
                    boolean listed = random.nextInt(50) == 0;
                    String name = listed ? LISTED[random.nextInt(LISTED.length)]
                            : ORGANISATIONS[random.nextInt(11)];
                    parties.setLong(1, id);
                    parties.setInt(2, p);
                    parties.setString(3, p == 0 ? "CONSIGNEE" : listed ? "SUPPLIER" : "END_USER");
                    parties.setString(4, name);
                    parties.setString(5, name.startsWith("Ri ") || name.startsWith("Choe ") ? "PERSON" : "ORGANISATION");
                    parties.setString(6, "North Korea");
                    parties.addBatch();
                }
                List<String> history = historyOf(status);
                for (int e = 0; e < history.size(); e++) {
                    events.setLong(1, id);
                    events.setInt(2, e);
                    events.setString(3, history.get(e));
                    events.setTimestamp(4, Timestamp.from(at.plusSeconds(86_400L * 3 * e)));
                    events.setString(5, e == 0 || history.get(e).equals("SUBMITTED") ? applicant : "secretariat");
                    events.setString(6, history.get(e).equals("DECIDED") ? "Approved by both parties" : null);
                    events.addBatch();
                }
                if (filed) {
                    boolean forumReview = withGroup || itemCount > 4;
                    clearances.setLong(1, id);
                    clearances.setString(2, forumReview ? "FORUM_REVIEW" : "PARTNER_NOTICE");
                    clearances.setString(3, forumReview ? "The charter sends the case to joint review"
                            : "A party may proceed alone after notifying its partner");
                    clearances.setString(4, forumReview ? "운영 규칙에 따라 공동 검토 대상입니다"
                            : "상대국에 통보한 뒤 단독으로 진행할 수 있습니다");
                    clearances.setString(5, "Charter 1");
                    clearances.setInt(6, forumReview ? 20 : 5);
                    clearances.setDate(7, Date.valueOf(created));
                    clearances.setDate(8, Date.valueOf(created.plusDays(forumReview ? 28 : 7)));
                    clearances.addBatch();
                }
                if ((n + 1) % 1000 == 0 || n + 1 == count) {
                    cases.executeBatch();
                    items.executeBatch();
                    parties.executeBatch();
                    events.executeBatch();
                    clearances.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private static List<String> historyOf(String status) {
        switch (status) {
            case "DRAFT": return List.of("DRAFT");
            case "SUBMITTED": return List.of("DRAFT", "SUBMITTED");
            case "IN_REVIEW": return List.of("DRAFT", "SUBMITTED", "IN_REVIEW");
            case "DECIDED": return List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "DECIDED");
            case "IMPLEMENTING": return List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "DECIDED", "IMPLEMENTING");
            case "CLOSED": return List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "DECIDED", "CLOSED");
            default: return List.of("DRAFT", "SUBMITTED", "WITHDRAWN");
        }
    }

    private static String weighted(Random random) {
        int pick = random.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            pick -= STATUS_WEIGHTS[i];
            if (pick < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[0];
    }

    private static long nextId(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM case_file")) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    /** The identity column goes on after the generated ids, so that the application's own inserts do not collide. */
    private static void restartIdentity(Connection db, long next) throws Exception {
        try (Statement s = db.createStatement()) {
            if (db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                s.execute("SELECT setval(pg_get_serial_sequence('case_file', 'id'), " + (next - 1) + ")");
            } else {
                s.execute("ALTER TABLE case_file ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
