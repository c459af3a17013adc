package dev.tandem.casefile;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/**
 * One line of a case's itemised list, as in Annex II of a 1718 Committee exemption request.
 *
 * @param direction "TO" the sanctioned country or "FROM" it
 */
public record LineItem(@NotBlank @Size(max = CaseLimits.DESCRIPTION) @CleanText String description,
                       @Size(max = CaseLimits.SPECIFICATION) @CleanText String specification,
                       @NotNull @Positive
                       @Digits(integer = CaseLimits.QUANTITY_INTEGER, fraction = CaseLimits.QUANTITY_FRACTION)
                       BigDecimal quantity,
                       @NotBlank @Size(max = CaseLimits.UNIT) @CleanText String unit,
                       @NotNull @Pattern(regexp = CaseLimits.HS_CODE) String hsCode,
                       @PositiveOrZero @Digits(integer = CaseLimits.VALUE_INTEGER, fraction = CaseLimits.VALUE_FRACTION)
                       BigDecimal unitValueUsd,
                       @PositiveOrZero @Digits(integer = CaseLimits.VALUE_INTEGER, fraction = CaseLimits.VALUE_FRACTION)
                       BigDecimal totalValueUsd,
                       @NotNull @Pattern(regexp = CaseLimits.DIRECTION) String direction,
                       boolean possibleMilitaryUse, boolean civilAircraftSparePart) {

    /** The lines of an imported itemised list; the flags start unset, for a reviewer to set. */
    static java.util.List<LineItem> fromItemList(java.util.List<dev.tandem.casefile.itemlist.ItemRow> rows) {
        return rows.stream().map(row -> new LineItem(row.description(), row.specification(), row.quantity(),
                row.unit(), row.hsCode(), row.unitValueUsd(), row.totalValueUsd(), row.direction().name(), false,
                false)).toList();
    }
}
