package dev.tandem.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.GeneratedKeys;

/** Stores case documents with their checksum, in the database so that every node serves them. */
@Repository
class CaseDocuments {

    private final JdbcClient jdbc;
    private final CaseSearchLog searchLog;

    CaseDocuments(JdbcClient jdbc, CaseSearchLog searchLog) {
        this.jdbc = jdbc;
        this.searchLog = searchLog;
    }

    CaseDocument insert(long caseId, String fileName, String mediaType, byte[] content, String sha256, String text,
                        String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO case_document (case_id, file_name, media_type, size_bytes, sha256, content, text_content,
                                           uploaded_by, uploaded_at)
                VALUES (:c, :name, :type, :size, :sha, :content, :text, :by, :at)""")
                .param("c", caseId).param("name", fileName).param("type", mediaType).param("size", content.length)
                .param("sha", sha256).param("content", content).param("text", text).param("by", by)
                .param("at", Timestamp.from(at))
                .update(keys, "id");
        searchLog.changed(caseId);
        return byId(caseId, GeneratedKeys.id(keys)).orElseThrow();
    }

    List<CaseDocument> of(long caseId) {
        return jdbc.sql("""
                SELECT id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at
                FROM case_document WHERE case_id = :c ORDER BY id""")
                .param("c", caseId).query(CaseDocuments::map).list();
    }

    Optional<CaseDocument> byId(long caseId, long id) {
        return jdbc.sql("""
                SELECT id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at
                FROM case_document WHERE case_id = :c AND id = :id""")
                .param("c", caseId).param("id", id).query(CaseDocuments::map).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM case_document WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /** The readable text of the documents of the given cases, by case, in one query. */
    Map<Long, List<String>> texts(Collection<Long> caseIds) {
        Map<Long, List<String>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql("SELECT case_id, text_content FROM case_document WHERE case_id IN (:c) AND text_content IS NOT NULL")
                .param("c", List.copyOf(caseIds))
                .query(rs -> {
                    byCase.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return byCase;
    }

    private static CaseDocument map(ResultSet rs, int row) throws SQLException {
        return new CaseDocument(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
