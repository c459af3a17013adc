package dev.tandem.screening;

/**
 * How long the values of a name to screen may be, declared once for the forms, the API and (checked by
 * {@code InputLimitsContract}) the columns of the names Tandem keeps screening.
 */
public final class ScreeningLimits {

    public static final int NAME = 500;
    public static final int BIRTH_DATE = 40;
    public static final int NATIONALITY = 100;
    /** The caller's own identifier of a name in a request; never stored. */
    public static final int ID = 200;
    /** The reason of a decision on a hit (a TEXT column), kept readable. */
    public static final int REASON = 2000;

    private ScreeningLimits() {
    }
}
