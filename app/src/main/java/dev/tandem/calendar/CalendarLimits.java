package dev.tandem.calendar;

/** How long a holiday's values may be: the columns' lengths, declared once for forms and the API. */
public final class CalendarLimits {

    public static final int PARTY_CODE = 10;
    public static final int NAME = 200;
    public static final int SOURCE = 300;

    private CalendarLimits() {
    }
}
