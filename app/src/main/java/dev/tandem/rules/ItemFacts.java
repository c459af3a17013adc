package dev.tandem.rules;

import java.math.BigDecimal;

/**
 * One line item of a case as the item rules see it.
 *
 * @param line                   the line number the applicant gave (1 or more, unique in the case)
 * @param description            what the item is, in the applicant's words
 * @param hsCode                 4 to 10 digits, dots allowed ("8704.21", "2710.19.11")
 * @param quantity               more than zero
 * @param unit                   "piece", "kg", "t", "l", "m3", "bbl", "doses", ...; caps need one that converts
 *                               to barrels
 * @param totalValueUsd          the line's value in US dollars; may be null unless a luxury threshold applies
 * @param direction              to or from the DPRK
 * @param possibleMilitaryUse    the applicant or reviewer marked the item as possibly of military use
 * @param civilAircraftSparePart the item is a spare part for a DPRK civil passenger aircraft
 */
public record ItemFacts(int line, String description, String hsCode, BigDecimal quantity, String unit,
        BigDecimal totalValueUsd, Direction direction, boolean possibleMilitaryUse, boolean civilAircraftSparePart) {
}
