package dev.tandem.casefile;

import java.math.BigDecimal;

/**
 * One line of a case's itemised list, as in Annex II of a 1718 Committee exemption request.
 *
 * @param direction "TO" the sanctioned country or "FROM" it
 */
public record LineItem(String description, String specification, BigDecimal quantity, String unit, String hsCode,
                       BigDecimal unitValueUsd, BigDecimal totalValueUsd, String direction,
                       boolean possibleMilitaryUse, boolean civilAircraftSparePart) {
}
