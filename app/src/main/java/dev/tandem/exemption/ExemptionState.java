package dev.tandem.exemption;

import java.time.LocalDate;

/** What the journal keeps of a request before and after a change. */
record ExemptionState(String ref, String caseRef, String requestingParty, RequestDetails details, ExemptionStage stage,
                      LocalDate since, String member, LocalDate noObjectionDeadline, LocalDate validFrom,
                      LocalDate validUntil, Integer maxShipments, int shipments) {

    static ExemptionState of(ExemptionRequest r) {
        return new ExemptionState(r.ref(), r.caseRef(), r.requestingParty(), r.details(), r.stage(),
                r.currentStep().enteredOn(), r.currentStep().member(), r.noObjectionDeadline(), r.validFrom(),
                r.validUntil(), r.maxShipments(), r.shipments().size());
    }
}
