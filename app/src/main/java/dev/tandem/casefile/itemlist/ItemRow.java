package dev.tandem.casefile.itemlist;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of an itemised list (Annex II), as checked by {@link ItemListReader}.
 *
 * @param row           where it is in the file as a person sees it: the spreadsheet row number or the CSV line
 * @param description   what the item is ("HD video conference camera"); never blank
 * @param specification model, size, standard…; {@code null} when the list gives none
 * @param quantity      more than zero; may have decimals (2.5 tonnes)
 * @param unit          as written ("pcs", "km", "상자"); never blank
 * @param hsCode        4 to 10 digits, with the dots the applicant wrote ("8704.21", "300490")
 * @param unitValueUsd  US dollars, zero or more; {@code null} when not given
 * @param totalValueUsd US dollars, zero or more; {@code null} when not given. When both values are given,
 *                      quantity × unit value equals it to the cent
 * @param direction     {@link ItemDirection#TO} the DPRK unless the list says otherwise
 * @param declaredPurpose the purpose the applicant declares (column "Declared purpose"), as written; {@code null}
 *                        when none; checked against the item rules when the case is filed
 * @param product       the petroleum product (column "Petroleum product"), as written; {@code null} when none
 */
public record ItemRow(int row, String description, String specification, BigDecimal quantity, String unit,
        String hsCode, BigDecimal unitValueUsd, BigDecimal totalValueUsd, ItemDirection direction,
        String declaredPurpose, String product) {

    /** A row without declared purpose or product. */
    public ItemRow(int row, String description, String specification, BigDecimal quantity, String unit,
            String hsCode, BigDecimal unitValueUsd, BigDecimal totalValueUsd, ItemDirection direction) {
        this(row, description, specification, quantity, unit, hsCode, unitValueUsd, totalValueUsd, direction, null,
                null);
    }

    public ItemRow {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(direction, "direction");
    }
}
