package dev.tandem.forum;

/** How a forum reaches a decision on a case. */
public enum DecisionRule {
    /** every party's co-chair concurs */
    CONSENSUS_OF_CO_CHAIRS,
    /** approved unless a party objects within the no-objection period */
    NO_OBJECTION
}
