package dev.tandem.rules;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.InvalidInputException;

/**
 * The stored count of barrels against each cap and year, per case (table {@code cap_entry}). Only lines that
 * fitted under the cap ({@link Consequence#CAP_COUNTED}) are counted: a line over the cap cannot go ahead as
 * filed, so it holds no room. A case's entries are replaced when it is triaged again and removed when it is
 * withdrawn.
 *
 * <p>To judge and count a case in one step, safely with several nodes, use {@link #applyAndRecord}: it locks the
 * ledger, leaves the case's own earlier count out, applies the rules and records the result in one transaction.
 */
@Repository
public class CapLedger implements CapUsage {

    /** One stored count: the barrels a case holds against a cap in a year. */
    public record Entry(String capId, int year, String caseRef, BigDecimal barrels, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CapLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Barrels all recorded cases hold against the cap in the year. */
    @Override
    @Transactional(readOnly = true)
    public BigDecimal used(String capId, int year) {
        BigDecimal used = jdbc.sql("SELECT SUM(barrels) FROM cap_entry WHERE cap_id = :cap AND cap_year = :year")
                .param("cap", capId).param("year", year)
                .query(BigDecimal.class).optional().orElse(null);
        return used == null ? BigDecimal.ZERO : used;
    }

    /** Replaces the case's entries with the counted cap findings given (summed per cap and year). */
    @Transactional
    public void record(String caseRef, List<RuleFinding> findings) {
        requireCaseRef(caseRef);
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, CapCount> keys = new TreeMap<>();
        for (RuleFinding finding : findings) {
            if (finding.consequence() == Consequence.CAP_COUNTED) {
                CapCount count = finding.capCount();
                String key = count.capId() + "\u0000" + count.year();
                sums.merge(key, count.barrels(), BigDecimal::add);
                keys.putIfAbsent(key, count);
            }
        }
        release(caseRef);
        Timestamp now = Timestamp.from(clock.instant());
        sums.forEach((key, barrels) -> jdbc.sql("""
                INSERT INTO cap_entry (cap_id, cap_year, case_ref, barrels, recorded_at)
                VALUES (:cap, :year, :ref, :barrels, :at)""")
                .param("cap", keys.get(key).capId()).param("year", keys.get(key).year()).param("ref", caseRef)
                .param("barrels", barrels).param("at", now)
                .update());
    }

    /** Removes the case's entries (withdrawn, or about to be triaged again); returns how many there were. */
    @Transactional
    public int release(String caseRef) {
        requireCaseRef(caseRef);
        return jdbc.sql("DELETE FROM cap_entry WHERE case_ref = :ref").param("ref", caseRef).update();
    }

    /** The case's entries, by cap and year. */
    @Transactional(readOnly = true)
    public List<Entry> entries(String caseRef) {
        return jdbc.sql("""
                SELECT cap_id, cap_year, case_ref, barrels, recorded_at FROM cap_entry
                WHERE case_ref = :ref ORDER BY cap_id, cap_year""")
                .param("ref", caseRef)
                .query((rs, n) -> new Entry(rs.getString("cap_id"), rs.getInt("cap_year"), rs.getString("case_ref"),
                        rs.getBigDecimal("barrels"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /**
     * Judges the case under the given rule version against what other cases hold, and records its count, in one
     * transaction that holds the ledger's lock: concurrent triages count one after the other, never against the
     * same room. The case's own earlier entries are left out, so triaging again does not count it twice. A
     * refusal leaves the ledger as it was.
     */
    @Transactional
    public ItemRulesResult applyAndRecord(ItemRules rules, CaseFacts facts) {
        if (facts == null) {
            throw new InvalidInputException("facts", "refusal.rules.noCase");
        }
        requireCaseRef(facts.caseRef());
        jdbc.sql("SELECT id FROM cap_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        release(facts.caseRef());
        ItemRulesResult result = rules.apply(facts, this);
        record(facts.caseRef(), result.findings());
        return result;
    }

    /**
     * Judges the case under the given rule version as {@link #applyAndRecord} would, against what the other cases
     * hold, and records nothing: for a report that asks "what if", which must never change a case or the ledger.
     */
    @Transactional(readOnly = true)
    public ItemRulesResult judgeWithoutRecording(ItemRules rules, CaseFacts facts) {
        if (facts == null) {
            throw new InvalidInputException("facts", "refusal.rules.noCase");
        }
        requireCaseRef(facts.caseRef());
        List<Entry> own = entries(facts.caseRef());
        return rules.apply(facts, (capId, year) -> {
            BigDecimal used = used(capId, year);
            for (Entry entry : own) {
                if (entry.capId().equals(capId) && entry.year() == year) {
                    used = used.subtract(entry.barrels());
                }
            }
            return used;
        });
    }

    private static void requireCaseRef(String caseRef) {
        if (caseRef == null || caseRef.isBlank() || caseRef.length() > 100) {
            throw new InvalidInputException("caseRef", "refusal.rules.caseRef", 100);
        }
    }
}
