package dev.tandem.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases that changed, in the order they were logged: written in the transaction of each change, read by
 * {@link CaseSearch} on every node to re-index just those cases.
 */
@Repository
class CaseSearchLog {

    /** One logged change: its number and the case. */
    record Entry(long id, long caseId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseSearchLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void changed(long caseId) {
        jdbc.sql("INSERT INTO case_search_log (case_id, logged_at) VALUES (:c, :at)").param("c", caseId)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    List<Entry> after(long id) {
        return jdbc.sql("SELECT id, case_id FROM case_search_log WHERE id > :id ORDER BY id").param("id", id)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2))).list();
    }

    long last() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM case_search_log").query(Long.class).single();
    }
}
