package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may learn about a published exemption, for banks and suppliers to verify it: the reference, who
 * requested it through which State, for what, which items and quantities were approved and how much of each has
 * been shipped, the validity window, and the shipments used. Nothing internal: no notes, persons, documents,
 * positions or case.
 */
public record VerifiedExemption(String reference, String requestingParty, String requestingPartyKo,
                                String requestingEntity, String purpose, LocalDate approvedOn, LocalDate validFrom,
                                LocalDate validUntil, boolean valid, Integer maxShipments, List<Item> items,
                                List<ShipmentUsed> shipments) {

    public record Item(int line, String description, String specification, String hsCode, String unit,
                       BigDecimal approved, BigDecimal shipped, BigDecimal remaining) {
    }

    public record ShipmentUsed(int number, LocalDate shippedOn) {
    }
}
