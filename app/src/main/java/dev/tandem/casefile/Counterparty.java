package dev.tandem.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/**
 * A party to a case other than the applicant: consignee, end user, supplier, shipper, carrier or vessel, bank.
 *
 * @param kind PERSON, ORGANISATION, VESSEL or AIRCRAFT, as screening knows them
 */
public record Counterparty(@NotNull CounterpartyRole role,
                           @NotBlank @Size(max = CaseLimits.NAME) @CleanText String name,
                           @NotNull @Pattern(regexp = CaseLimits.KIND) String kind,
                           @Size(max = CaseLimits.COUNTRY) @CleanText String country) {
}
