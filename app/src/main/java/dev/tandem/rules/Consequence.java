package dev.tandem.rules;

/** What a rule finding means for the case. */
public enum Consequence {
    /** Banned as filed: the item (or the case) needs an exemption from the UN 1718 Committee. */
    UN_EXEMPTION_REQUIRED,
    /** Prohibited with no exemption in the resolution's text: the case must change, the forum is told why. */
    PROHIBITED,
    /** Counted against a cap, which still has room; reported with its conditions, not blocked. */
    CAP_COUNTED,
    /** The cap has no room for the quantity: needs an exemption. */
    CAP_EXCEEDED,
    /** A review, not a ban: the catch-all, or a measure a State decides on and notifies to the Committee. */
    JOINT_REVIEW,
    /** An exception applied on a declared purpose; noted with its citation, checked by the secretariat. */
    NOTED
}
