package dev.tandem.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.GeneratedKeys;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import tools.jackson.databind.ObjectMapper;

/**
 * Stores list versions with every entry (as JSON, so a version can be rebuilt exactly). A version is written once
 * and never changed.
 */
@Repository
class ListVersions {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;

    ListVersions(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    Optional<ListVersionSummary> bySha(ListSource source, String sha256) {
        return jdbc.sql("SELECT * FROM list_version WHERE source = :s AND sha256 = :sha")
                .param("s", source.name()).param("sha", sha256).query(ListVersions::summary).optional();
    }

    Optional<ListVersionSummary> byId(long id) {
        return jdbc.sql("SELECT * FROM list_version WHERE id = :id").param("id", id).query(ListVersions::summary).optional();
    }

    List<ListVersionSummary> all() {
        return jdbc.sql("SELECT * FROM list_version ORDER BY id DESC").query(ListVersions::summary).list();
    }

    /**
     * The current version of each list: the newest by the publisher's own date, so that importing an old file
     * for the record does not turn the clock back; by import order where the list carries no date.
     */
    List<ListVersionSummary> latest() {
        return jdbc.sql("""
                SELECT * FROM list_version v
                WHERE v.id = (SELECT w.id FROM list_version w WHERE w.source = v.source
                              ORDER BY w.generated_at DESC NULLS LAST, w.id DESC
                              FETCH FIRST 1 ROW ONLY)
                ORDER BY v.source""").query(ListVersions::summary).list();
    }

    Optional<ListVersionSummary> latest(ListSource source) {
        return latest().stream().filter(v -> v.source() == source).findFirst();
    }

    long insert(ListVersion version, String fileName, Instant importedAt, String importedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO list_version (source, generated_at, sha256, file_name, imported_at, imported_by,
                                          entry_count, persons, organisations, vessels, aircraft)
                VALUES (:source, :generated, :sha, :file, :at, :by, :count, :p, :o, :v, :a)""")
                .param("source", version.source().name())
                .param("generated", version.generatedAt() == null ? null : Timestamp.from(version.generatedAt()))
                .param("sha", version.sha256())
                .param("file", fileName)
                .param("at", Timestamp.from(importedAt))
                .param("by", importedBy)
                .param("count", version.entries().size())
                .param("p", (int) version.count(EntryType.PERSON))
                .param("o", (int) version.count(EntryType.ORGANISATION))
                .param("v", (int) version.count(EntryType.VESSEL))
                .param("a", (int) version.count(EntryType.AIRCRAFT))
                .update(keys, "id");
        long id = GeneratedKeys.id(keys);
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (ListEntry entry : version.entries()) {
            rows.add(new Object[] {id, entry.reference(), entry.type().name(), truncate(entry.name(), 1000),
                    entry.fingerprint(), json.writeValueAsString(entry)});
            if (rows.size() == BATCH) {
                insertEntries(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            insertEntries(rows);
        }
        return id;
    }

    /** Writes one batch of entries; a failure here rolls back the whole version with its transaction. */
    void insertEntries(List<Object[]> rows) {
        template.batchUpdate("""
                INSERT INTO list_entry (version_id, reference, entry_type, name, fingerprint, content)
                VALUES (?, ?, ?, ?, ?, ?)""", rows);
    }

    ListVersion load(ListVersionSummary summary) {
        List<ListEntry> entries = jdbc.sql("SELECT content FROM list_entry WHERE version_id = :id ORDER BY reference")
                .param("id", summary.id())
                .query((rs, n) -> json.readValue(rs.getString(1), ListEntry.class))
                .list();
        return new ListVersion(summary.source(), summary.generatedAt(), summary.sha256(), entries);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static ListVersionSummary summary(ResultSet rs, int row) throws SQLException {
        Timestamp generated = rs.getTimestamp("generated_at");
        return new ListVersionSummary(rs.getLong("id"), ListSource.valueOf(rs.getString("source")),
                generated == null ? null : generated.toInstant(), rs.getString("sha256"), rs.getString("file_name"),
                rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"), rs.getInt("entry_count"),
                rs.getInt("persons"), rs.getInt("organisations"), rs.getInt("vessels"), rs.getInt("aircraft"));
    }
}
