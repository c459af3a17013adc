package dev.tandem.exemption;

import java.time.LocalDate;

/**
 * How long an exemption approved on or after {@code effectiveFrom} may be valid and how many shipments it allows
 * (null: the rule sets no number), with the guidance it comes from. Stored as data, so a new guidance is a new row.
 */
public record ValidityRule(LocalDate effectiveFrom, int validityMonths, Integer maxShipments, String source) {

    /** The last day of validity allowed for an exemption approved on {@code approvedOn}. */
    public LocalDate latestEnd(LocalDate approvedOn) {
        return approvedOn.plusMonths(validityMonths);
    }
}
