package dev.tandem.exemption;

import java.time.LocalDate;

/**
 * Published when the 1718 Committee approves or does not approve an exemption request, so that the case's UN
 * clearance follows.
 *
 * @param validUntil the last day the exemption is valid, or null when not approved
 */
public record ExemptionDecided(String caseRef, String exemptionRef, boolean approved, LocalDate validUntil) {
}
