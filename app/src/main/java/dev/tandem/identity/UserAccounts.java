package dev.tandem.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tandem.common.ConflictException;

/** Stores user accounts. */
@Repository
class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :u").param("u", username)
                .query(UserAccounts::map).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(UserAccounts::map).list();
    }

    /** Enabled accounts of these parties whose role acts for the party (see {@link Role#actsForParty()}). */
    List<UserAccount> actingFor(java.util.Collection<String> parties) {
        if (parties.isEmpty()) {
            return List.of();
        }
        List<String> roles = java.util.Arrays.stream(Role.values()).filter(Role::actsForParty).map(Role::name).toList();
        return jdbc.sql("""
                SELECT * FROM app_user
                WHERE enabled = TRUE AND party_code IN (:parties) AND role IN (:roles)
                ORDER BY username""").param("parties", parties).param("roles", roles)
                .query(UserAccounts::map).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    void insert(UserAccount a) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, role, party_code, organisation, email, password_hash,
                                      failed_sign_ins, locked_until, enabled, version)
                VALUES (:u, :name, :role, :party, :org, :email, :hash, 0, NULL, TRUE, 1)""")
                .param("u", a.username()).param("name", a.displayName()).param("role", a.role().name())
                .param("party", a.partyCode()).param("org", a.organisation()).param("email", a.email())
                .param("hash", a.passwordHash())
                .update();
    }

    /**
     * The account, its row locked until the transaction ends: whoever changes sign-in state reads it this way, so
     * that attempts arriving together are counted one after the other (PostgreSQL and H2 alike).
     */
    Optional<UserAccount> byUsernameForUpdate(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :u FOR UPDATE").param("u", username)
                .query(UserAccounts::map).optional();
    }

    /**
     * Stores the state an account's method produced, if the account is still at the version it was read at; the
     * stored account carries the next version.
     */
    UserAccount save(UserAccount a) {
        int updated = jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, failed_sign_ins = :failed, locked_until = :locked,
                                    last_sign_in_attempt = :attempt, enabled = :enabled, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("hash", a.passwordHash()).param("failed", a.failedSignIns())
                .param("locked", timestamp(a.lockedUntil()))
                .param("attempt", timestamp(a.lastAttemptAt()))
                .param("enabled", a.enabled()).param("id", a.id()).param("version", a.version())
                .update();
        if (updated != 1) {
            throw new ConflictException("username", "refusal.identity.changedMeanwhile", a.username());
        }
        return new UserAccount(a.id(), a.username(), a.displayName(), a.role(), a.partyCode(), a.organisation(),
                a.email(), a.passwordHash(), a.failedSignIns(), a.lockedUntil(), a.lastAttemptAt(), a.enabled(), a.version() + 1);
    }

    private static SqlParameterValue timestamp(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP, instant == null ? null : Timestamp.from(instant));
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp attempt = rs.getTimestamp("last_sign_in_attempt");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("party_code"), rs.getString("organisation"),
                rs.getString("email"), rs.getString("password_hash"), rs.getInt("failed_sign_ins"),
                locked == null ? null : locked.toInstant(), attempt == null ? null : attempt.toInstant(),
                rs.getBoolean("enabled"), rs.getInt("version"));
    }
}
