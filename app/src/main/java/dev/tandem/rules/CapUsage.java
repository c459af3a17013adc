package dev.tandem.rules;

import java.math.BigDecimal;

/** Barrels already counted against a cap in a calendar year by other cases; {@link CapLedger} is the stored one. */
@FunctionalInterface
public interface CapUsage {

    /** Nothing counted yet. */
    CapUsage NONE = (capId, year) -> BigDecimal.ZERO;

    BigDecimal used(String capId, int year);
}
