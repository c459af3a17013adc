package dev.tandem.rules;

import dev.tandem.common.Texts;
import java.math.BigDecimal;

/**
 * One line item of a case as the item rules see it.
 *
 * @param line                the line number the applicant gave (1 or more, unique in the case)
 * @param description         what the item is, in the applicant's words
 * @param hsCode              4 to 10 digits, dots allowed ("8704.21", "2710.19.11"), in the HS edition in force on
 *                            the day the case was filed
 * @param quantity            more than zero
 * @param unit                "piece", "kg", "t", "l", "m3", "bbl", "doses", ...; caps need one that converts to
 *                            barrels
 * @param totalValueUsd       the line's value in US dollars; may be null unless a luxury threshold applies
 * @param direction           to or from the DPRK
 * @param possibleMilitaryUse the applicant or reviewer marked the item as possibly of military use
 * @param declaredPurpose     a purpose the applicant declares for the line and the secretariat checks, as the rule
 *                            version names it ("civil-aircraft-spare-part", "return-flight-fuel"), or null
 * @param product             the petroleum product the line is, as the rule version's conversion chart names it
 *                            ("gas-oil-diesel", "lpg", "jet-fuel", ...), or null when unnamed or not petroleum
 */
public record ItemFacts(int line, String description, String hsCode, BigDecimal quantity, String unit,
        BigDecimal totalValueUsd, Direction direction, boolean possibleMilitaryUse, String declaredPurpose,
        String product) {

    /** The declared purpose of 2397 para 7's exception. */
    public static final String CIVIL_AIRCRAFT_SPARE_PART = "civil-aircraft-spare-part";

    /** A line without a product, declared as a civil aircraft spare part or not. */
    public ItemFacts(int line, String description, String hsCode, BigDecimal quantity, String unit,
            BigDecimal totalValueUsd, Direction direction, boolean possibleMilitaryUse, boolean civilAircraftSparePart) {
        this(line, description, hsCode, quantity, unit, totalValueUsd, direction, possibleMilitaryUse,
                civilAircraftSparePart ? CIVIL_AIRCRAFT_SPARE_PART : null, null);
    }

    public ItemFacts {
        declaredPurpose = Texts.strippedOrNull(declaredPurpose);
        product = Texts.strippedOrNull(product);
    }

}
