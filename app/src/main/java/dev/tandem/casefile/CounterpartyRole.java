package dev.tandem.casefile;

/** The part a counterparty plays in a case. */
public enum CounterpartyRole {
    CONSIGNEE, END_USER, SUPPLIER, SHIPPER, CARRIER, BANK, OTHER
}
