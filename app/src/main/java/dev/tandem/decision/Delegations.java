package dev.tandem.decision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.tandem.common.GeneratedKeys;

/** Stored delegations of a party. */
@Repository
class Delegations {

    private final JdbcClient jdbc;

    Delegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Delegation> of(String party) {
        return jdbc.sql("SELECT * FROM position_delegation WHERE party = :p ORDER BY id DESC").param("p", party)
                .query(Delegations::row).list();
    }

    Optional<Delegation> byId(long id, String party) {
        return jdbc.sql("SELECT * FROM position_delegation WHERE id = :id AND party = :p").param("id", id)
                .param("p", party).query(Delegations::row).optional();
    }

    boolean active(String party, String delegate, LocalDate day) {
        return of(party).stream().anyMatch(d -> d.delegate().equals(delegate) && d.activeOn(day));
    }

    Delegation insert(String party, String delegate, LocalDate from, LocalDate to, String by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO position_delegation (party, delegate, valid_from, valid_to, granted_by, granted_at)
                VALUES (:p, :d, :from, :to, :by, :at)""")
                .param("p", party).param("d", delegate).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("by", by).param("at", Timestamp.from(at)).update(keys, "id");
        return byId(GeneratedKeys.id(keys), party).orElseThrow();
    }

    /** Revokes an active delegation; false when it was revoked already (by someone else at the same moment). */
    boolean revoke(long id, String by, Instant at) {
        return jdbc.sql("""
                UPDATE position_delegation SET revoked_by = :by, revoked_at = :at
                WHERE id = :id AND revoked_at IS NULL""")
                .param("by", by).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    private static Delegation row(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Delegation(rs.getLong("id"), rs.getString("party"), rs.getString("delegate"),
                rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate(),
                rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant(), rs.getString("revoked_by"),
                revoked == null ? null : revoked.toInstant());
    }
}
