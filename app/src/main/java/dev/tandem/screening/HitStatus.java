package dev.tandem.screening;

/** Where a hit stands. Only an open hit can be decided. */
public enum HitStatus {
    /** raised, waiting for a person */
    OPEN,
    /** a person confirmed that the name is the listed subject */
    TRUE_MATCH,
    /** a person found that it is not */
    FALSE_POSITIVE,
    /** the entry left the list while the hit was open */
    DELISTED
}
