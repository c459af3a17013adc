package dev.tandem.session;

/** How long a session's values may be, declared once for the forms, the API and the columns. */
public final class SessionLimits {

    public static final int TITLE = 300;
    public static final int VENUE = 300;
    public static final int VIDEO_LINK = 500;
    public static final int NOTE = 1000;
    public static final int PERSON = 200;
    public static final int ROLE = 300;
    public static final int OUTCOME = 4000;
    public static final int CASE_REF = 40;
    public static final int ZONE = 60;
    public static final int PARTY = 10;
    /** Minutes, readouts and statement texts: long, but bounded below the 2 MB request limit. */
    public static final int RICH_TEXT = 200_000;
    public static final int MAX_ITEM_MINUTES = 600;
    public static final int MAX_SESSION_MINUTES = 24 * 60;

    private SessionLimits() {
    }
}
