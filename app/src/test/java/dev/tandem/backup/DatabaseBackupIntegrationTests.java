package dev.tandem.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.IntegrationTest;
import dev.tandem.PostgresDatabase;
import dev.tandem.TandemApplication;
import dev.tandem.common.SystemActor;
import dev.tandem.identity.NewUser;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserManagement;
import dev.tandem.system.CommandLine;
import dev.tandem.system.CommandLineHarness;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./tandem backup} and {@code ./tandem restore}: the demo database on H2 goes into an empty PostgreSQL
 * database and from there into an empty H2 database, and each copy backs up to the same rows as the original.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseBackupIntegrationTests {

    @Autowired
    CommandLine commandLine;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    private ConfigurableApplicationContext postgres;
    private ConfigurableApplicationContext h2;

    /** Tandem without web server, demo or bundled list, on a database the migrations just made. */
    private static ConfigurableApplicationContext emptyTandem(Map<String, String> database) {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("tandem.demo.enabled", "false");
        properties.put("tandem.screening.bundled-list", "false");
        properties.put("spring.main.banner-mode", "off");
        // as arguments, which outrank application.properties
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(TandemApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(args);
    }

    @BeforeAll
    void startEmptyDatabases() {
        postgres = emptyTandem(PostgresDatabase.freshDatabase());
        h2 = emptyTandem(Map.of("spring.datasource.url", "jdbc:h2:mem:restore-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "spring.datasource.username", "tandem", "spring.datasource.password", ""));
    }

    @AfterAll
    void stopThem() {
        postgres.close();
        h2.close();
    }

    private static CommandLineHarness cli(ConfigurableApplicationContext context) {
        return new CommandLineHarness(context.getBean(CommandLine.class));
    }

    private static long journalEntries(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM journal_entry").query(Long.class).single();
    }

    @Test
    void roundTripsFromH2ToPostgresToH2WithEveryRowIntact() throws Exception {
        CommandLineHarness here = new CommandLineHarness(commandLine);
        Path original = temp.resolve("original.zip");
        assertThat(here.run("backup", original.toString())).as(here.err()).isZero();
        assertThat(here.out()).startsWith("backed up: ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(original))).isEqualTo("rw-------");

        CommandLineHarness pg = cli(postgres);
        assertThat(pg.run("restore", original.toString())).as(pg.err()).isZero();
        assertThat(pg.out()).startsWith("restored: ").contains("journal intact");
        assertThat(pg.run("journal", "verify")).isZero();
        Path fromPostgres = temp.resolve("from-postgres.zip");
        assertThat(pg.run("backup", fromPostgres.toString())).as(pg.err()).isZero();

        CommandLineHarness second = cli(h2);
        assertThat(second.run("restore", fromPostgres.toString())).as(second.err()).isZero();
        Path fromH2 = temp.resolve("from-h2.zip");
        assertThat(second.run("backup", fromH2.toString())).isZero();

        Map<String, String> expected = tableDigests(original);
        assertThat(tableDigests(fromPostgres)).isEqualTo(expected);
        assertThat(tableDigests(fromH2)).isEqualTo(expected);
        assertThat(expected.get("table.case_file.rows")).isNotEqualTo("0");

        // new rows after a restore get fresh numbers (the identity counters moved past the restored rows)
        long highest = postgres.getBean(JdbcClient.class).sql("SELECT MAX(id) FROM app_user").query(Long.class).single();
        SystemActor.run(() -> postgres.getBean(UserManagement.class)
                .create(new NewUser("restored.user", "Restored", Role.AUDITOR, "US", null, null)));
        assertThat(postgres.getBean(JdbcClient.class).sql("SELECT id FROM app_user WHERE username = 'restored.user'")
                .query(Long.class).single()).isGreaterThan(highest);
    }

    @Test
    void refusesAFileWhoseJournalDoesNotVerifyBeforeTouchingTheDatabase() throws Exception {
        Path original = backupHere("tampered-source.zip");
        // an entry changed and the file's own checksums fixed up: only the chain can tell
        Path tampered = rewrite(original, "journal_entry", rows -> rows.replaceFirst("\"system\"", "\"mallory\""));
        ConfigurableApplicationContext target = emptyTarget();
        try {
            CommandLineHarness cli = cli(target);
            assertThat(cli.run("restore", tampered.toString())).isEqualTo(2);
            assertThat(cli.err()).startsWith("tandem restore: FILE: its journal does not verify")
                    .contains("entry 1: content was changed").contains("nothing was restored");
            assertThat(journalEntries(target)).isZero();
        } finally {
            target.close();
        }
    }

    @Test
    void refusesADamagedFileAnotherSchemaVersionAndANonEmptyDatabaseWithoutForce() throws Exception {
        Path original = backupHere("source.zip");
        ConfigurableApplicationContext target = emptyTarget();
        try {
            CommandLineHarness cli = cli(target);
            Path damaged = rewriteRaw(original, "party", rows -> rows + "[\"XX\"]\n", false);
            assertThat(cli.run("restore", damaged.toString())).isEqualTo(2);
            assertThat(cli.err()).contains("its table party was changed or damaged");

            Path older = rewriteManifest(original, m -> m.setProperty("schema-version", "3"));
            assertThat(cli.run("restore", older.toString())).isEqualTo(2);
            assertThat(cli.err()).contains("was written at schema version 3");

            Path notABackup = Files.writeString(temp.resolve("notes.txt"), "hello");
            assertThat(cli.run("restore", notABackup.toString())).isEqualTo(2);
            assertThat(cli.err()).contains("is not a Tandem backup");
            assertThat(journalEntries(target)).isZero();

            assertThat(cli.run("restore", original.toString())).as(cli.err()).isZero();
            long entries = journalEntries(target);
            assertThat(cli.run("restore", original.toString())).isEqualTo(2);
            assertThat(cli.err()).contains("this database is not empty").contains("--force");
            assertThat(cli.run("restore", "--force", original.toString())).as(cli.err()).isZero();
            assertThat(journalEntries(target)).isEqualTo(entries);
        } finally {
            target.close();
        }
    }

    @Test
    void restoresAllOrNothing() throws Exception {
        Path original = backupHere("whole.zip");
        // the last table's rows break a rule of the schema (a duplicate key) after every earlier table went in
        String last = lastTableWithRows(original);
        Path broken = rewrite(original, last, rows -> rows + rows.lines().findFirst().orElseThrow() + "\n");
        ConfigurableApplicationContext target = emptyTarget();
        try {
            CommandLineHarness cli = cli(target);
            assertThat(cli.run("restore", broken.toString())).isNotZero();
            assertThat(journalEntries(target)).isZero();
            assertThat(target.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM party").query(Long.class).single())
                    .isZero();
        } finally {
            target.close();
        }
    }

    private ConfigurableApplicationContext emptyTarget() {
        return emptyTandem(PostgresDatabase.freshDatabase());
    }

    private Path backupHere(String name) {
        CommandLineHarness here = new CommandLineHarness(commandLine);
        Path file = temp.resolve(name);
        assertThat(here.run("backup", file.toString())).as(here.err()).isZero();
        return file;
    }

    private static Map<String, String> tableDigests(Path backup) throws IOException {
        Properties manifest = manifest(backup);
        Map<String, String> digests = new HashMap<>();
        for (String key : manifest.stringPropertyNames()) {
            if (key.endsWith(".sha256") || key.endsWith(".rows") || key.equals("tables")) {
                digests.put(key, manifest.getProperty(key));
            }
        }
        return digests;
    }

    private static Properties manifest(Path backup) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(zip.getEntry(DatabaseBackup.MANIFEST))) {
                manifest.load(in);
            }
            return manifest;
        }
    }

    private static String lastTableWithRows(Path backup) throws IOException {
        Properties manifest = manifest(backup);
        String[] tables = manifest.getProperty("tables").split(",");
        for (int i = tables.length - 1; i >= 0; i--) {
            if (!manifest.getProperty("table." + tables[i] + ".rows").equals("0")) {
                return tables[i];
            }
        }
        throw new IllegalStateException("the backup holds no rows");
    }

    private Path rewrite(Path backup, String table, UnaryOperator<String> change) throws IOException {
        return rewriteRaw(backup, table, change, true);
    }

    private Path rewriteManifest(Path backup, java.util.function.Consumer<Properties> change) throws IOException {
        Properties manifest = manifest(backup);
        change.accept(manifest);
        return copy(backup, Map.of(), manifest);
    }

    /** A copy of the backup with one table's rows changed, its manifest checksums fixed up if asked. */
    private Path rewriteRaw(Path backup, String table, UnaryOperator<String> change, boolean fixChecksums)
            throws IOException {
        Properties manifest = manifest(backup);
        String entry = manifest.getProperty("table." + table + ".file");
        String rows;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            rows = new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = change.apply(rows);
        assertThat(changed).as("the test changed the rows of " + table).isNotEqualTo(rows);
        if (fixChecksums) {
            manifest.setProperty("table." + table + ".rows", Long.toString(changed.lines().count()));
            try {
                manifest.setProperty("table." + table + ".sha256", HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(changed.getBytes(StandardCharsets.UTF_8))));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return copy(backup, Map.of(entry, changed), manifest);
    }

    private Path copy(Path backup, Map<String, String> replaced, Properties manifest) throws IOException {
        Path copy = temp.resolve("changed-" + UUID.randomUUID() + ".zip");
        try (ZipFile zip = new ZipFile(backup.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(DatabaseBackup.MANIFEST)) {
                    StringWriter text = new StringWriter();
                    manifest.store(text, null);
                    out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
                } else if (replaced.containsKey(e.getName())) {
                    out.write(replaced.get(e.getName()).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return copy;
    }
}
