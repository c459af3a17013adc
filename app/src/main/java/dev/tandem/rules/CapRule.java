package dev.tandem.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An annual cap in barrels. A quantity by weight converts with {@code barrelsPerTonne}, or, when the cap also has a
 * limit in tonnes and no factor, with the ratio of the two limits (so both limits are reached together).
 *
 * @param id           stable across rule versions, so counting carries over when a new version keeps the cap
 * @param limitTonnes  null when the cap has no limit in tonnes
 * @param barrelsPerTonne null when the ratio of the limits is used, or when weights cannot be converted
 */
public record CapRule(String id, BigDecimal limitBarrels, BigDecimal limitTonnes, BigDecimal barrelsPerTonne) {

    /** Barrels in the given tonnes, or null when this cap cannot convert weights. */
    BigDecimal barrelsIn(BigDecimal tonnes) {
        if (barrelsPerTonne != null) {
            return tonnes.multiply(barrelsPerTonne);
        }
        if (limitTonnes != null) {
            return tonnes.multiply(limitBarrels).divide(limitTonnes, MathContext.DECIMAL128);
        }
        return null;
    }

    /** Tonnes in the given barrels, for caps with a limit in tonnes; otherwise null. */
    BigDecimal tonnesIn(BigDecimal barrels) {
        if (limitTonnes == null) {
            return null;
        }
        if (barrelsPerTonne != null) {
            return barrels.divide(barrelsPerTonne, MathContext.DECIMAL128);
        }
        return barrels.multiply(limitTonnes).divide(limitBarrels, MathContext.DECIMAL128);
    }
}
