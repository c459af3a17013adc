package dev.tandem.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.InvalidInputException;
import dev.tandem.journal.Journal;
import dev.tandem.journal.JournalEntry;
import dev.tandem.journal.JournalVerification;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the whole database to one zip file and restores it (ADR 0008): a manifest naming the format, the schema
 * version, the tables in dependency order with their row counts and SHA-256, and one file per table with one row
 * per line as a JSON array of texts. The same file restores into H2 or PostgreSQL.
 */
@Service
class DatabaseBackup {

    static final String MANIFEST = "tandem-backup.properties";
    static final String FORMAT = "tandem-backup 1";
    private static final int BATCH = 500;

    /** What a restore did. */
    record Restored(int tables, long rows, String schemaVersion, long journalEntries) {
    }

    /** What a backup wrote. */
    record Written(int tables, long rows, String schemaVersion, long journalHead) {
    }

    private final DataSource dataSource;
    private final PlatformTransactionManager transactions;
    private final Flyway flyway;
    private final Journal journal;
    private final ObjectMapper json;
    private final Clock clock;

    DatabaseBackup(DataSource dataSource, PlatformTransactionManager transactions, Flyway flyway, Journal journal,
                   ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.flyway = flyway;
        this.journal = journal;
        this.json = json;
        this.clock = clock;
    }

    /** Writes every table, read in one snapshot, to {@code target}: whole, readable by its owner only, or not at all. */
    Written backup(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || Files.isDirectory(target)) {
            throw new InvalidInputException("FILE", "refusal.cli.notAFileInAFolder", target);
        }
        Path temp = Files.createTempFile(folder, ".tandem-backup", ".tmp",
                posix() ? new java.nio.file.attribute.FileAttribute<?>[] {
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                        : new java.nio.file.attribute.FileAttribute<?>[0]);
        try {
            TransactionTemplate snapshot = new TransactionTemplate(transactions);
            snapshot.setReadOnly(true);
            snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
            Written written = snapshot.execute(status -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                    return writeTables(DataSourceUtils.getConnection(dataSource), zip);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not read the database: " + e.getMessage(), e);
                }
            });
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Written writeTables(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        List<Table> tables = DatabaseTables.inDependencyOrder(connection);
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("schema-version", schemaVersion());
        manifest.setProperty("created-at", clock.instant().toString());
        manifest.setProperty("source-database", connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion());
        manifest.setProperty("tables", String.join(",", tables.stream().map(Table::name).toList()));
        long total = 0;
        int n = 0;
        for (Table table : tables) {
            String entry = String.format("tables/%02d-%s.jsonl", ++n, table.name());
            zip.putNextEntry(new ZipEntry(entry));
            MessageDigest digest = sha256();
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new DigestOutputStream(new NonClosing(zip), digest), StandardCharsets.UTF_8));
            long rows = 0;
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(500);
                try (ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", table.columnNames())
                        + " FROM " + table.name() + " ORDER BY " + String.join(", ", table.primaryKey()))) {
                    List<String> row = new ArrayList<>(table.columns().size());
                    while (rs.next()) {
                        row.clear();
                        for (int i = 0; i < table.columns().size(); i++) {
                            row.add(Values.read(rs, i + 1, table.columns().get(i).kind()));
                        }
                        out.write(json.writeValueAsString(row));
                        out.write('\n');
                        rows++;
                    }
                }
            }
            out.flush();
            zip.closeEntry();
            manifest.setProperty("table." + table.name() + ".file", entry);
            manifest.setProperty("table." + table.name() + ".columns", String.join(",", table.columnNames()));
            manifest.setProperty("table." + table.name() + ".rows", Long.toString(rows));
            manifest.setProperty("table." + table.name() + ".sha256", HexFormat.of().formatHex(digest.digest()));
            total += rows;
        }
        zip.putNextEntry(new ZipEntry(MANIFEST));
        StringWriter text = new StringWriter();
        manifest.store(text, "Tandem backup: restore with ./tandem restore FILE");
        zip.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        zip.closeEntry();
        long head = journal.anchor().seq();
        return new Written(tables.size(), total, manifest.getProperty("schema-version"), head);
    }

    /**
     * Restores {@code file} into this database in one transaction. Before anything is touched the file must be
     * whole (every table's row count and SHA-256), of this schema version, and its journal chain must verify;
     * a database that already holds journaled content is replaced only with {@code force}.
     */
    Restored restore(Path file, boolean force) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("FILE", "refusal.cli.noSuchFile", file);
        }
        try (ZipFile zip = open(file)) {
            Properties manifest = manifest(zip);
            String schemaVersion = schemaVersion();
            if (!schemaVersion.equals(manifest.getProperty("schema-version"))) {
                throw new InvalidInputException("FILE", "refusal.backup.schemaVersion",
                        String.valueOf(manifest.getProperty("schema-version")), schemaVersion);
            }
            List<String> tableNames = List.of(required(manifest, "tables").split(","));
            for (String table : tableNames) {
                checkWhole(zip, manifest, table);
            }
            JournalVerification chain = verifyJournal(zip, manifest);
            if (!chain.intact()) {
                JournalVerification.Problem first = chain.problems().get(0);
                throw new InvalidInputException("FILE", "refusal.backup.journalBroken",
                        String.valueOf(chain.problems().size()), String.valueOf(first.seq()), first.reason());
            }
            try (Connection own = dataSource.getConnection()) {
                checkTarget(own, manifest, tableNames, force);
            } catch (SQLException e) {
                throw new IllegalStateException("could not read this database: " + e.getMessage(), e);
            }
            try {
                moveIdentitiesPastFile(zip, manifest);
            } catch (SQLException e) {
                throw new IllegalStateException("could not move the identity counters: " + e.getMessage(), e);
            }
            TransactionTemplate all = new TransactionTemplate(transactions);
            return all.execute(status -> {
                try {
                    return load(DataSourceUtils.getConnection(dataSource), zip, manifest, tableNames, force,
                            schemaVersion, chain.entriesChecked());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException("the restore failed and was rolled back: " + e.getMessage(), e);
                }
            });
        }
    }

    /** The same tables and columns as the file, and empty unless {@code force}. */
    private void checkTarget(Connection connection, Properties manifest, List<String> tableNames, boolean force)
            throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>();
        DatabaseTables.inDependencyOrder(connection).forEach(t -> tables.put(t.name(), t));
        if (!tables.keySet().equals(new java.util.HashSet<>(tableNames))) {
            throw new InvalidInputException("FILE", "refusal.backup.tables", tableNames.toString(),
                    tables.keySet().toString());
        }
        for (String name : tableNames) {
            List<String> columns = List.of(required(manifest, "table." + name + ".columns").split(","));
            if (!new java.util.HashSet<>(columns).equals(new java.util.HashSet<>(tables.get(name).columnNames()))) {
                throw new InvalidInputException("FILE", "refusal.backup.columns", name, columns.toString(),
                        tables.get(name).columnNames().toString());
            }
        }
        long existing = count(connection, "SELECT COUNT(*) FROM journal_entry");
        if (existing > 0 && !force) {
            throw new InvalidInputException("FILE", "refusal.backup.notEmpty", String.valueOf(existing));
        }
    }

    private Restored load(Connection connection, ZipFile zip, Properties manifest, List<String> tableNames,
                          boolean force, String schemaVersion, long journalEntries) throws SQLException, IOException {
        checkTarget(connection, manifest, tableNames, force);
        Map<String, Table> tables = new LinkedHashMap<>();
        DatabaseTables.inDependencyOrder(connection).forEach(t -> tables.put(t.name(), t));
        List<String> reversed = new ArrayList<>(tableNames);
        java.util.Collections.reverse(reversed);
        try (Statement statement = connection.createStatement()) {
            for (String name : reversed) {
                statement.executeUpdate("DELETE FROM " + name);
            }
        }
        long total = 0;
        for (String name : tableNames) {
            total += insert(connection, zip, manifest, tables.get(name));
        }
        JournalVerification restored = journal.verify();
        if (!restored.intact()) {
            throw new IllegalStateException("the restored journal does not verify: " + restored.problems());
        }
        return new Restored(tableNames.size(), total, schemaVersion, journalEntries);
    }

    private long insert(Connection connection, ZipFile zip, Properties manifest, Table table)
            throws SQLException, IOException {
        List<String> columns = List.of(required(manifest, "table." + table.name() + ".columns").split(","));
        Map<String, Table.Kind> kinds = new LinkedHashMap<>();
        table.columns().forEach(c -> kinds.put(c.name(), c.kind()));
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        List<List<String>> laterReferences = new ArrayList<>();
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name() + " ("
                + String.join(", ", columns) + ") VALUES (" + placeholders + ")");
             BufferedReader in = reader(zip, manifest, table.name())) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] values = json.readValue(line, String[].class);
                for (int i = 0; i < columns.size(); i++) {
                    String value = values[i];
                    if (value != null && table.selfReferences().contains(columns.get(i))) {
                        // a row may refer to one later in the file: the reference is filled in once all rows exist
                        List<String> later = new ArrayList<>();
                        later.add(columns.get(i));
                        later.add(value);
                        for (String key : table.primaryKey()) {
                            later.add(values[columns.indexOf(key)]);
                        }
                        laterReferences.add(later);
                        value = null;
                    }
                    Values.bind(insert, i + 1, kinds.get(columns.get(i)), value);
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        for (List<String> later : laterReferences) {
            String where = String.join(" AND ", table.primaryKey().stream().map(k -> k + " = ?").toList());
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table.name() + " SET " + later.get(0) + " = ? WHERE " + where)) {
                Values.bind(update, 1, kinds.get(later.get(0)), later.get(1));
                for (int k = 0; k < table.primaryKey().size(); k++) {
                    Values.bind(update, k + 2, kinds.get(table.primaryKey().get(k)), later.get(k + 2));
                }
                update.executeUpdate();
            }
        }
        return rows;
    }

    /**
     * New rows after the restore must not collide with restored ones, so each identity counter moves past the
     * highest value in the file (and in the table), never back. It moves before the rows are loaded, on a
     * connection of its own, because on H2 a change of a counter ends the transaction it is made in; a counter
     * moved ahead by a restore that then fails only leaves a gap in numbering.
     */
    private void moveIdentitiesPastFile(ZipFile zip, Properties manifest) throws SQLException, IOException {
        try (Connection own = dataSource.getConnection()) {
            own.setAutoCommit(true);
            for (Table table : DatabaseTables.inDependencyOrder(own)) {
                List<String> columns = List.of(required(manifest, "table." + table.name() + ".columns").split(","));
                for (String column : table.identityColumns()) {
                    long highest = count(own, "SELECT COALESCE(MAX(" + column + "), 0) FROM " + table.name());
                    int index = columns.indexOf(column);
                    try (BufferedReader in = reader(zip, manifest, table.name())) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            String value = json.readValue(line, String[].class)[index];
                            if (value != null) {
                                highest = Math.max(highest, Long.parseLong(value));
                            }
                        }
                    }
                    try (Statement statement = own.createStatement()) {
                        statement.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column
                                + " RESTART WITH " + (highest + 1));
                    }
                }
            }
        }
    }

    private JournalVerification verifyJournal(ZipFile zip, Properties manifest) throws IOException {
        List<String> headColumns = List.of(required(manifest, "table.journal_head.columns").split(","));
        long headSeq = 0;
        String headHash = null;
        try (BufferedReader in = reader(zip, manifest, "journal_head")) {
            String line = in.readLine();
            if (line == null) {
                throw new InvalidInputException("FILE", "refusal.backup.noJournalHead");
            }
            String[] head = json.readValue(line, String[].class);
            headSeq = Long.parseLong(head[headColumns.indexOf("last_seq")]);
            headHash = head[headColumns.indexOf("last_hash")];
        }
        List<String> columns = List.of(required(manifest, "table.journal_entry.columns").split(","));
        try (BufferedReader in = reader(zip, manifest, "journal_entry")) {
            Iterator<JournalEntry> entries = new Iterator<>() {
                private String next = readLine(in);

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public JournalEntry next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    String[] v = json.readValue(next, String[].class);
                    next = readLine(in);
                    return new JournalEntry(Long.parseLong(v[columns.indexOf("seq")]),
                            OffsetDateTime.parse(v[columns.indexOf("recorded_at")]).toInstant(),
                            v[columns.indexOf("actor")], v[columns.indexOf("actor_party")],
                            v[columns.indexOf("action")], v[columns.indexOf("subject_type")],
                            v[columns.indexOf("subject_id")], v[columns.indexOf("before_state")],
                            v[columns.indexOf("after_state")], v[columns.indexOf("reason")],
                            v[columns.indexOf("previous_hash")], v[columns.indexOf("hash")]);
                }
            };
            return journal.verify(entries, headSeq, headHash);
        }
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkWhole(ZipFile zip, Properties manifest, String table) throws IOException {
        String file = required(manifest, "table." + table + ".file");
        ZipEntry entry = zip.getEntry(file);
        if (entry == null) {
            throw new InvalidInputException("FILE", "refusal.backup.missingFile", file);
        }
        MessageDigest digest = sha256();
        long rows = 0;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        rows++;
                    }
                }
            }
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(required(manifest, "table." + table + ".sha256"))
                || rows != Long.parseLong(required(manifest, "table." + table + ".rows"))) {
            throw new InvalidInputException("FILE", "refusal.backup.tableChanged", table);
        }
    }

    private BufferedReader reader(ZipFile zip, Properties manifest, String table) throws IOException {
        ZipEntry entry = zip.getEntry(required(manifest, "table." + table + ".file"));
        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8));
    }

    private static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("FILE", "refusal.backup.notAZip");
        }
    }

    private static Properties manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new InvalidInputException("FILE", "refusal.backup.noManifest", MANIFEST);
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            manifest.load(new StringReader(new String(in.readNBytes(1 << 20), StandardCharsets.ISO_8859_1)));
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new InvalidInputException("FILE", "refusal.backup.format", String.valueOf(manifest.getProperty("format")), FORMAT);
        }
        return manifest;
    }

    private static String required(Properties manifest, String key) {
        String value = manifest.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("FILE", "refusal.backup.manifestLacks", key);
        }
        return value;
    }

    private String schemaVersion() {
        var current = flyway.info().current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Lets a writer be flushed without closing the zip stream under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
