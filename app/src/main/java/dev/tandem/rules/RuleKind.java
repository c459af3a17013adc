package dev.tandem.rules;

/** The kinds of item rule a rule file may hold. */
public enum RuleKind {
    /** An HS scope that may not move in one direction without a 1718 Committee exemption. */
    BAN,
    /** An HS scope counted in barrels against an annual cap. */
    CAP,
    /** A luxury good, optionally only above a value in US dollars. */
    LUXURY,
    /** The case-level ban on joint ventures with DPRK entities. */
    JOINT_VENTURE,
    /** Items that are not food or medicine and are marked as possibly of military use: a review, not a ban. */
    CATCH_ALL,
    /** Lifts named bans for items that meet a condition (civil aircraft spare parts); noted for the record. */
    EXCEPTION
}
