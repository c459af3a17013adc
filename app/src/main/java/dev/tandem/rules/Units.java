package dev.tandem.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The units a rule version knows, by name and alias (case-insensitive): volumes in litres, weights in tonnes, and
 * counts. A unit that is not listed is accepted on a line item but converts to nothing.
 */
final class Units {

    enum Measure { VOLUME, WEIGHT, COUNT }

    /** A unit: its canonical name, what it measures, and litres (volume) or tonnes (weight) per unit. */
    record Unit(String name, Measure measure, BigDecimal factor) {
    }

    private final Map<String, Unit> byName;
    private final BigDecimal litresPerBarrel;

    Units(Map<String, Unit> byName) {
        this.byName = Map.copyOf(byName);
        Unit barrel = this.byName.get("bbl");
        if (barrel == null || barrel.measure() != Measure.VOLUME) {
            throw new IllegalArgumentException("units must define bbl as a volume in litres");
        }
        this.litresPerBarrel = barrel.factor();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The unit with this name or alias, or null. */
    Unit find(String name) {
        return name == null ? null : byName.get(key(name));
    }

    BigDecimal litresPerBarrel() {
        return litresPerBarrel;
    }

    /** The canonical names of the units that convert to barrels for a cap that can (or cannot) convert weights. */
    String convertibleNames(boolean weights) {
        return byName.values().stream()
                .filter(u -> u.measure() == Measure.VOLUME || weights && u.measure() == Measure.WEIGHT)
                .map(Unit::name).distinct().sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }
}
