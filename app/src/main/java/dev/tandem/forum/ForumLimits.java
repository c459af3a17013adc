package dev.tandem.forum;

/**
 * How long a forum's values may be, declared once for the forms, the API and (checked by
 * {@code InputLimitsContract}) the columns.
 */
public final class ForumLimits {

    public static final int PARTY_CODE = 10;
    public static final int FORUM_CODE = 40;
    public static final int NAME = 200;
    public static final int NOTE = 1000;
    public static final int PERSON = 200;
    public static final int TITLE = 300;
    /** The reason of a hand-over, kept in the journal. */
    public static final int REASON = 1000;

    private ForumLimits() {
    }
}
