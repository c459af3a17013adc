package dev.tandem.common;

/** The one normalisation optional text gets on its way in: blank means absent, and surrounding space is dropped. */
public final class Texts {

    private Texts() {
    }

    /** {@code null} for null, empty or blank text; otherwise the text without leading and trailing white space. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
