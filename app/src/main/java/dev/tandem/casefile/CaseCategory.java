package dev.tandem.casefile;

/** What kind of cooperation a case is. */
public enum CaseCategory {
    HUMANITARIAN, TRADE, INFRASTRUCTURE, TOURISM, FAMILY_REUNION, EXCHANGE, OTHER
}
