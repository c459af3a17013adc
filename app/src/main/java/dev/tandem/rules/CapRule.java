package dev.tandem.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * A cap in barrels per twelve-month period, the periods counted from {@code periodStart}. A quantity by weight
 * converts with the line's product factor from the version's conversion chart when {@code byProduct} (else the
 * chart's fallback), or, for a cap with a limit in tonnes, with the ratio of its two limits.
 *
 * @param id           stable across rule versions, so counting carries over when a new version keeps the cap
 * @param limitTonnes  null when the cap has no limit in tonnes
 * @param periodStart  the first day of the first twelve-month period
 * @param byProduct    whether weights convert with the product chart
 */
public record CapRule(String id, BigDecimal limitBarrels, BigDecimal limitTonnes, LocalDate periodStart,
        boolean byProduct) {

    /** The first day of the twelve-month period that holds the date. */
    LocalDate periodHolding(LocalDate date) {
        if (date.isBefore(periodStart)) {
            return periodStart;
        }
        LocalDate start = periodStart.plusYears(date.getYear() - periodStart.getYear());
        return start.isAfter(date) ? start.minusYears(1) : start;
    }

    /** Barrels per tonne from the ratio of the two limits, or null when the cap has no limit in tonnes. */
    BigDecimal ratioOfLimits() {
        return limitTonnes == null ? null : limitBarrels.divide(limitTonnes, MathContext.DECIMAL128);
    }

    /** Tonnes in the given barrels, for caps with a limit in tonnes; otherwise null. */
    BigDecimal tonnesIn(BigDecimal barrels) {
        return limitTonnes == null ? null : barrels.multiply(limitTonnes).divide(limitBarrels, MathContext.DECIMAL128);
    }
}
