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

    /** The lines of an imported itemised list; the flags start unset, for a reviewer to set. */
    static java.util.List<LineItem> fromItemList(java.util.List<dev.tandem.casefile.itemlist.ItemRow> rows) {
        return rows.stream().map(row -> new LineItem(row.description(), row.specification(), row.quantity(),
                row.unit(), row.hsCode(), row.unitValueUsd(), row.totalValueUsd(), row.direction().name(), false,
                false)).toList();
    }
}
