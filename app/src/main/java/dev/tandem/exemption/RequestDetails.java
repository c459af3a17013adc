package dev.tandem.exemption;

import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;
import dev.tandem.common.Texts;

/**
 * What the secretariat writes on a request that the case does not hold (BRIEF §1.4): who requests it and through
 * which channel, the nature of the assistance, the recipients and how they were chosen, the expected shipments,
 * the financial arrangements and the monitoring against diversion. Any may be left blank while drafting; the check
 * before a package is generated lists what is still missing.
 */
public record RequestDetails(@Size(max = ExemptionLimits.ENTITY) @CleanText String requestingEntity,
                             RoutingChannel channel,
                             @Size(max = ExemptionLimits.TEXT) @CleanText String nature,
                             @Size(max = ExemptionLimits.SHORT_TEXT) @CleanText String recipients,
                             @Size(max = ExemptionLimits.TEXT) @CleanText String recipientSelection,
                             @Size(max = ExemptionLimits.SHORT_TEXT) @CleanText String shipmentPlan,
                             @Size(max = ExemptionLimits.TEXT) @CleanText String financialArrangements,
                             @Size(max = ExemptionLimits.TEXT) @CleanText String monitoringPlan) {

    public RequestDetails {
        requestingEntity = Texts.strippedOrNull(requestingEntity);
        nature = Texts.strippedOrNull(nature);
        recipients = Texts.strippedOrNull(recipients);
        recipientSelection = Texts.strippedOrNull(recipientSelection);
        shipmentPlan = Texts.strippedOrNull(shipmentPlan);
        financialArrangements = Texts.strippedOrNull(financialArrangements);
        monitoringPlan = Texts.strippedOrNull(monitoringPlan);
    }

    static RequestDetails empty() {
        return new RequestDetails(null, RoutingChannel.MEMBER_STATE, null, null, null, null, null, null);
    }
}
