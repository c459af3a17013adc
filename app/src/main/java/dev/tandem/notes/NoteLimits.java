package dev.tandem.notes;

/** How long a note may be: the column's length, declared once for forms and the API. */
public final class NoteLimits {

    public static final int TEXT = 4000;
    public static final int SUBJECT_ID = 100;

    private NoteLimits() {
    }
}
