package dev.tandem.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How one line was counted against a cap, in barrels (scale 3).
 *
 * @param capId         the cap, stable across rule versions ("refined-petroleum", "crude-oil")
 * @param year          the year the twelve-month period starts in: the period's key in the ledger
 * @param periodStart   first day of the twelve-month period counted (2397 para 5: from 1 January 2018; para 4:
 *                      from 22 December 2017)
 * @param barrels       the line's quantity in barrels
 * @param tonnes        the line's quantity in tonnes, for caps that also have a limit in tonnes; otherwise null
 * @param limitBarrels  the cap
 * @param usedBefore    counted before this line: other cases in the ledger plus earlier lines of this case
 * @param remaining     room left after this line when it was counted; the room there was when it exceeded the cap
 * @param conversion    how the quantity became barrels, with the factor and its source (in English)
 * @param conditionsEn  the conditions the resolution sets on what the cap allows, shown on the clearance, or null
 * @param conditionsKo  the same in Korean
 */
public record CapCount(String capId, int year, LocalDate periodStart, BigDecimal barrels, BigDecimal tonnes,
        BigDecimal limitBarrels, BigDecimal usedBefore, BigDecimal remaining, String conversion, String conditionsEn,
        String conditionsKo) {

    /** The last day of the period counted. */
    public LocalDate periodEnd() {
        return periodStart.plusYears(1).minusDays(1);
    }
}
