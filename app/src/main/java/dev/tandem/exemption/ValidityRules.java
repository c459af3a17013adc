package dev.tandem.exemption;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tandem.common.RuleViolationException;

/** The validity rules as stored: the one in force on a day is the latest that took effect on or before it. */
@Repository
class ValidityRules {

    private final JdbcClient jdbc;

    ValidityRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ValidityRule inForceOn(LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM exemption_validity_rule WHERE effective_from <= :day
                ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY""").param("day", Date.valueOf(day))
                .query((rs, n) -> rule(rs)).optional()
                .orElseThrow(() -> new RuleViolationException("on", "refusal.exemption.noValidityRule", day));
    }

    List<ValidityRule> all() {
        return jdbc.sql("SELECT * FROM exemption_validity_rule ORDER BY effective_from").query((rs, n) -> rule(rs))
                .list();
    }

    private static ValidityRule rule(java.sql.ResultSet rs) throws java.sql.SQLException {
        Object max = rs.getObject("max_shipments");
        return new ValidityRule(rs.getDate("effective_from").toLocalDate(), rs.getInt("validity_months"),
                max == null ? null : ((Number) max).intValue(), rs.getString("source"));
    }
}
