package dev.tandem.exemption;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tandem.decision.ClearanceWork;

/** The case's UN clearance follows the Committee's word on its exemption, in the same transaction. */
@Component
class ExemptionClearance {

    private final ClearanceWork clearances;

    ExemptionClearance(ClearanceWork clearances) {
        this.clearances = clearances;
    }

    @EventListener
    void on(ExemptionDecided decided) {
        clearances.exemptionDecided(decided.caseRef(), decided.exemptionRef(), decided.approved());
    }
}
