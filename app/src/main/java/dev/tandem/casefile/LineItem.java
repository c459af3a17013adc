package dev.tandem.casefile;

import dev.tandem.common.Texts;
import java.math.BigDecimal;
import java.time.Instant;

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
 * @param direction        "TO" the sanctioned country or "FROM" it
 * @param declaredPurpose  a purpose the applicant declares for the line, as the item rules name it
 *                         ("civil-aircraft-spare-part": 2397 para 7; "return-flight-fuel": 2270 para 31), or null
 * @param product          the petroleum product the line is, from the rules' conversion chart ("gas-oil-diesel",
 *                         "lpg", "jet-fuel", ...), or null
 * @param purposeCheckedBy the secretariat member who confirmed the declared purpose, or null while unchecked; an
 *                         applicant cannot set it (see {@link #asWrittenByApplicant()})
 * @param purposeCheckedAt when it was confirmed, or null
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
                       boolean possibleMilitaryUse,
                       @Size(max = CaseLimits.TERM) @CleanText String declaredPurpose,
                       @Size(max = CaseLimits.TERM) @CleanText String product,
                       String purposeCheckedBy,
                       Instant purposeCheckedAt) {

    /** The purpose of 2397 para 7's exception. */
    static final String CIVIL_AIRCRAFT_SPARE_PART = dev.tandem.rules.ItemFacts.CIVIL_AIRCRAFT_SPARE_PART;

    public LineItem {
        declaredPurpose = Texts.strippedOrNull(declaredPurpose);
        product = Texts.strippedOrNull(product);
    }

    /** A line without product or check, declared a civil aircraft spare part or not. */
    public LineItem(String description, String specification, BigDecimal quantity, String unit, String hsCode,
                    BigDecimal unitValueUsd, BigDecimal totalValueUsd, String direction, boolean possibleMilitaryUse,
                    boolean civilAircraftSparePart) {
        this(description, specification, quantity, unit, hsCode, unitValueUsd, totalValueUsd, direction,
                possibleMilitaryUse, civilAircraftSparePart ? CIVIL_AIRCRAFT_SPARE_PART : null, null, null, null);
    }

    /** Whether the line is declared a spare part for a DPRK civil passenger aircraft (2397 para 7). */
    public boolean civilAircraftSparePart() {
        return CIVIL_AIRCRAFT_SPARE_PART.equals(declaredPurpose);
    }

    /** The line as an applicant may write it: a check of its declared purpose is the secretariat's to record. */
    LineItem asWrittenByApplicant() {
        return new LineItem(description, specification, quantity, unit, hsCode, unitValueUsd, totalValueUsd,
                direction, possibleMilitaryUse, declaredPurpose, product, null, null);
    }

    /** The line with its declared purpose confirmed by {@code by}. */
    LineItem purposeConfirmed(String by, Instant at) {
        return new LineItem(description, specification, quantity, unit, hsCode, unitValueUsd, totalValueUsd,
                direction, possibleMilitaryUse, declaredPurpose, product, by, at);
    }

    /** The lines of an imported itemised list; military use starts unset, for a reviewer to set. */
    static java.util.List<LineItem> fromItemList(java.util.List<dev.tandem.casefile.itemlist.ItemRow> rows) {
        return rows.stream().map(row -> new LineItem(row.description(), row.specification(), row.quantity(),
                row.unit(), row.hsCode(), row.unitValueUsd(), row.totalValueUsd(), row.direction().name(), false,
                row.declaredPurpose(), row.product(), null, null)).toList();
    }

}
