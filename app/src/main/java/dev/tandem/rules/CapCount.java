package dev.tandem.rules;

import java.math.BigDecimal;

/**
 * How one line was counted against an annual cap, in barrels (scale 3).
 *
 * @param capId        the cap, stable across rule versions ("refined-petroleum", "crude-oil")
 * @param year         the calendar year counted
 * @param barrels      the line's quantity in barrels
 * @param tonnes       the line's quantity in tonnes, for caps that also have a limit in tonnes; otherwise null
 * @param limitBarrels the cap
 * @param usedBefore   counted before this line: other cases in the ledger plus earlier lines of this case
 * @param remaining    room left after this line when it was counted; the room there was when it exceeded the cap
 */
public record CapCount(String capId, int year, BigDecimal barrels, BigDecimal tonnes, BigDecimal limitBarrels,
        BigDecimal usedBefore, BigDecimal remaining) {
}
