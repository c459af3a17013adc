package dev.tandem.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tandem as it runs on a machine: a real server process on a data folder of its own. It listens on loopback only
 * (HTTP and H2's auto-server), keeps a random database password owner-only, and a SIGKILL in the middle of a list
 * import, a case submission or a journal append leaves nothing half-written: after a restart the database holds
 * what it held before the interrupted work, and the journal verifies. Pause points (see PausePoint) make each
 * kill land mid-way for certain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TandemProcessIntegrationTests {

    private static final String CASE = """
            {"title":"%s","purpose":"Antivirals for provincial hospitals","category":"HUMANITARIAN",
             "route":"Paju – Kaesong by road","jointVenture":false,
             "items":[{"description":"Tamiflu","quantity":200000,"unit":"doses","hsCode":"3004.90","direction":"TO"}],
             "counterparties":[{"role":"CONSIGNEE","name":"Pyongyang Crash Test Hospital %s","kind":"ORGANISATION",
                                "country":"North Korea"}]}""";

    private Path folder;
    private TandemProcess tandem;

    @BeforeAll
    void startOnAFreshDataFolder() throws Exception {
        folder = Files.createTempDirectory("tandem-process");
        tandem = new TandemProcess(folder);
        tandem.start("list-import,case-submit");
    }

    @AfterAll
    void stop() throws Exception {
        tandem.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void listensOnLoopbackOnlyAndKeepsTheDatabasePasswordOwnerOnly() throws Exception {
        assertThat(listeningAddresses(tandem.port())).isNotEmpty().allMatch(TandemProcessIntegrationTests::loopback);

        Properties lock = new Properties();
        try (var in = Files.newInputStream(tandem.data().resolve("tandem.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        assertThat(server).as("H2 auto-server address").matches("(localhost|127\\.0\\.0\\.1):\\d+");
        int h2Port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
        assertThat(listeningAddresses(h2Port)).isNotEmpty().allMatch(TandemProcessIntegrationTests::loopback);

        Path password = tandem.data().resolve("database-password");
        assertThat(Files.readString(password).strip()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tandem.data()))).isEqualTo("rwx------");
        try (Connection ignored = DriverManager.getConnection(url(), "tandem", "")) {
            throw new AssertionError("the database opened with an empty password");
        } catch (SQLException expected) {
            assertThat(expected.getMessage()).containsIgnoringCase("password");
        }
    }

    @Test
    @Order(2)
    void restartsWithNothingHalfWrittenAfterAKillDuringAListImportAndACaseSubmission() throws Exception {
        var drafted = tandem.postJson("applicant", "/api/cases", CASE.formatted("Crash during submission", "A"));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String ref = com.jayway.jsonpath.JsonPath.read(drafted.body(), "$.ref");
        long lists = count("SELECT COUNT(*) FROM list_version");
        long entries = count("SELECT COUNT(*) FROM list_entry");
        long subjects = count("SELECT COUNT(*) FROM screening_subject");
        long journal = count("SELECT last_seq FROM journal_head");

        tandem.postFileAsync("admin", "/api/lists", Map.of("source", "ofac"), "file",
                Path.of("../testdata/sanctions/moov-io_watchman/ofac_sdn_2021/sdn.csv"));
        tandem.awaitPause("list-import");
        tandem.postJsonAsync("applicant", "/api/cases/" + ref + "/submission", "{\"version\":1}");
        tandem.awaitPause("case-submit");
        tandem.kill();

        tandem.start("journal-append:casefile.drafted");
        assertThat(count("SELECT COUNT(*) FROM list_version")).isEqualTo(lists);
        assertThat(count("SELECT COUNT(*) FROM list_entry")).isEqualTo(entries);
        assertThat(count("SELECT COUNT(*) FROM screening_subject")).isEqualTo(subjects);
        assertThat(text("SELECT status FROM case_file WHERE ref = '" + ref + "'")).isEqualTo("DRAFT");
        assertThat(count("SELECT COUNT(*) FROM case_status_event e JOIN case_file c ON c.id = e.case_id"
                + " WHERE c.ref = '" + ref + "' AND e.status = 'SUBMITTED'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_clearance l JOIN case_file c ON c.id = l.case_id"
                + " WHERE c.ref = '" + ref + "'")).isZero();
        assertThat(count("SELECT last_seq FROM journal_head")).isEqualTo(journal);
        var verification = tandem.get("auditor", "/api/journal/verification");
        assertThat(verification.body()).contains("\"problems\":[]");

        // and the work can be done again, whole
        var submitted = tandem.postJson("applicant", "/api/cases/" + ref + "/submission", "{\"version\":1}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void restartsWithAnIntactJournalAfterAKillDuringAJournalAppend() throws Exception {
        long journal = count("SELECT last_seq FROM journal_head");
        long cases = count("SELECT COUNT(*) FROM case_file");
        tandem.postJsonAsync("applicant", "/api/cases", CASE.formatted("Crash during the journal append", "B"));
        tandem.awaitPause("journal-append:casefile.drafted");
        tandem.kill();

        tandem.start(null);
        assertThat(count("SELECT COUNT(*) FROM case_file")).isEqualTo(cases);
        assertThat(count("SELECT last_seq FROM journal_head")).isEqualTo(journal);
        assertThat(count("SELECT COUNT(*) FROM journal_entry")).isEqualTo(journal);
        Map.Entry<Integer, String> verify = tandem.command("journal", "verify");
        assertThat(verify.getValue()).contains("intact: " + journal + " entries");
        assertThat(verify.getKey()).isZero();
    }

    private String url() {
        return "jdbc:h2:file:" + tandem.data().resolve("tandem") + ";AUTO_SERVER=TRUE";
    }

    /** Reads the server's database beside it, through H2's auto-server, as the command line does. */
    private Connection connect() throws SQLException, IOException {
        return DriverManager.getConnection(url(), "tandem",
                Files.readString(tandem.data().resolve("database-password")).strip());
    }

    private long count(String sql) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The local addresses of the sockets listening on a TCP port, from the kernel's tables (Linux). */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (fields[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(local[0].toUpperCase(Locale.ROOT));
                }
            }
        }
        return addresses;
    }

    /** 127.0.0.1, ::1 or ::ffff:127.0.0.1 as the kernel writes them (little-endian words). */
    private static boolean loopback(String hex) {
        return hex.equals("0100007F") || hex.equals("00000000000000000000000001000000")
                || hex.equals("0000000000000000FFFF00000100007F");
    }
}
