package dev.tandem.rules;

/** What a rule finding means for the case. */
public enum Consequence {
    /** Banned as filed: the item (or the case) needs an exemption from the UN 1718 Committee. */
    UN_EXEMPTION_REQUIRED,
    /** Counted against an annual cap, which still has room; reported, not blocked. */
    CAP_COUNTED,
    /** The cap has no room for the quantity: needs an exemption. */
    CAP_EXCEEDED,
    /** The catch-all applies: the item is reviewed jointly before it is supplied. */
    JOINT_REVIEW,
    /** An exception applied; noted with its citation, nothing to clear. */
    NOTED
}
