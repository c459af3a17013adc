package dev.tandem.casefile;

/**
 * A party to a case other than the applicant: consignee, end user, supplier, shipper, carrier or vessel, bank.
 *
 * @param kind PERSON, ORGANISATION, VESSEL or AIRCRAFT, as screening knows them
 */
public record Counterparty(CounterpartyRole role, String name, String kind, String country) {
}
