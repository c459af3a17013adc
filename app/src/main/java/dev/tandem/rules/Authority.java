package dev.tandem.rules;

/** Who must clear a case (or be told about it) before it goes ahead. */
public enum Authority {
    /** The partner party is notified and may object within a window; otherwise the party proceeds alone. */
    PARTNER_NOTICE,
    /** The forum (working group) reviews the case jointly. */
    FORUM_REVIEW,
    /** The UN 1718 Committee must grant an exemption. */
    UN_1718_EXEMPTION
}
