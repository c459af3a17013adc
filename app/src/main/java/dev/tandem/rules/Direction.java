package dev.tandem.rules;

/** Which way a line item moves: supplied to the sanctioned country (the DPRK) or procured from it. */
public enum Direction {
    TO_SANCTIONED,
    FROM_SANCTIONED
}
