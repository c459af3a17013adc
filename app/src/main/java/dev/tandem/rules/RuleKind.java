package dev.tandem.rules;

/** The kinds of item rule a rule file may hold. */
public enum RuleKind {
    /** An HS scope (optionally of named products) that may not move in one direction without a 1718 exemption. */
    BAN,
    /** An HS scope counted in barrels against a cap per twelve-month period. */
    CAP,
    /** A luxury good, optionally only above a value in US dollars. */
    LUXURY,
    /** A fact of the whole case the applicant declares (joint venture, DPRK workers, ship-to-ship transfer, ...). */
    CASE,
    /** Items that are not food or medicine and are marked as possibly of military use: a review, not a ban. */
    CATCH_ALL,
    /** Lifts named bans for items with a declared purpose; noted for the record and checked by the secretariat. */
    EXCEPTION
}
