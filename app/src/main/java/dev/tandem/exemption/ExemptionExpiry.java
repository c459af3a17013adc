package dev.tandem.exemption;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tandem.clock.DeadlineReached;
import dev.tandem.common.SystemActor;

/**
 * Hears the expiry deadlines the clock fires and lets the exemption expire, as Tandem itself. A deadline that an
 * extension has since moved, or one heard twice, changes nothing.
 */
@Component
class ExemptionExpiry {

    private final ExemptionManagement exemptions;

    ExemptionExpiry(ExemptionManagement exemptions) {
        this.exemptions = exemptions;
    }

    @EventListener
    void on(DeadlineReached reached) {
        if (ExemptionManagement.EXPIRY.equals(reached.kind())) {
            SystemActor.run(() -> exemptions.expire(reached.key(), reached.dueAt()));
        }
    }
}
