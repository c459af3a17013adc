package dev.tandem.identity;

/**
 * How long an account's values may be, declared once for the forms, the API and (checked by
 * {@code InputLimitsContract}) the columns.
 */
public final class IdentityLimits {

    public static final String USERNAME = "[a-z][a-z0-9._-]{2,59}";
    public static final int USERNAME_LENGTH = 60;
    public static final int DISPLAY_NAME = 200;
    public static final int PARTY = 10;
    public static final int ORGANISATION = 200;
    /** RFC 5321: a forward path holds at most 256 octets, its brackets included. */
    public static final int EMAIL = 254;
    public static final int REASON = 1000;
    public static final int PASSWORD_MIN = 12;
    /** BCrypt reads no more than 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private IdentityLimits() {
    }
}
