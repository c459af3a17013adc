package dev.tandem.exemption;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification without sign-in: a published exemption as {@link VerifiedExemption} says it. A reference that does
 * not exist and one that was never published (some approvals are not, e.g. the 2018 railway survey's) answer alike:
 * with nothing.
 */
@Service
public class PublicVerification {

    private final ExemptionRequests requests;
    private final ExemptionManagement exemptions;

    PublicVerification(ExemptionRequests requests, ExemptionManagement exemptions) {
        this.requests = requests;
        this.exemptions = exemptions;
    }

    @Transactional(readOnly = true)
    public Optional<VerifiedExemption> verify(String reference) {
        if (reference == null || reference.length() > 20) {
            return Optional.empty();
        }
        return requests.byRef(reference).filter(ExemptionRequest::published).map(this::view);
    }

    private VerifiedExemption view(ExemptionRequest r) {
        Map<Integer, BigDecimal> used = r.used();
        var party = exemptions.party(r.requestingParty());
        return new VerifiedExemption(r.ref(), party.nameEn(), party.nameKo(), r.details().requestingEntity(),
                r.details().nature(), r.approvedOn(), r.validFrom(), r.validUntil(), r.stage().inForce(),
                r.maxShipments(),
                r.items().stream().map(i -> {
                    BigDecimal shipped = used.getOrDefault(i.line(), BigDecimal.ZERO);
                    return new VerifiedExemption.Item(i.line(), i.description(), i.specification(), i.hsCode(),
                            i.unit(), i.quantity(), shipped, i.quantity().subtract(shipped));
                }).toList(),
                r.shipments().stream().map(s -> new VerifiedExemption.ShipmentUsed(s.number(), s.shippedOn()))
                        .toList());
    }
}
