package dev.tandem.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    void insert(UserAccount a) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, role, party_code, organisation, password_hash,
                                      failed_sign_ins, locked_until, enabled, version)
                VALUES (:u, :name, :role, :party, :org, :hash, 0, NULL, TRUE, 1)""")
                .param("u", a.username()).param("name", a.displayName()).param("role", a.role().name())
                .param("party", a.partyCode()).param("org", a.organisation()).param("hash", a.passwordHash())
                .update();
    }

    /** Counts one failed sign-in and returns the new count. */
    int countFailure(String username) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1, version = version + 1 WHERE username = :u")
                .param("u", username).update();
        return jdbc.sql("SELECT failed_sign_ins FROM app_user WHERE username = :u").param("u", username)
                .query(Integer.class).single();
    }

    void lock(String username, Instant until) {
        jdbc.sql("""
                UPDATE app_user SET locked_until = :until, failed_sign_ins = 0, version = version + 1
                WHERE username = :u""")
                .param("u", username).param("until", Timestamp.from(until)).update();
    }

    void clearFailures(String username) {
        jdbc.sql("""
                UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL, version = version + 1
                WHERE username = :u AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)""")
                .param("u", username).update();
    }

    void changePassword(String username, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :h, version = version + 1 WHERE username = :u")
                .param("u", username).param("h", hash).update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :e, version = version + 1 WHERE username = :u")
                .param("u", username).param("e", enabled).update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("party_code"), rs.getString("organisation"),
                rs.getString("password_hash"), rs.getInt("failed_sign_ins"),
                locked == null ? null : locked.toInstant(), rs.getBoolean("enabled"), rs.getInt("version"));
    }
}
