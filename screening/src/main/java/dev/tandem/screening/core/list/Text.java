package dev.tandem.screening.core.list;

/**
 * Whitespace clean-up shared by the parsers: runs of whitespace (line breaks inside a name, double
 * spaces, non-breaking spaces) become one space, and the ends are trimmed. Leaves letters, case,
 * punctuation and apostrophes ({@code CHO'NG}, {@code HYO’K}) exactly as the list writes them.
 */
final class Text {

    private Text() {
    }

    /** The text with whitespace collapsed; "" for null or blank. */
    static String clean(String text) {
        if (text == null) return "";
        StringBuilder cleaned = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = cleaned.length() > 0;
            } else {
                if (pendingSpace) cleaned.append(' ');
                pendingSpace = false;
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** The cleaned text, or null when it is null or blank. */
    static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
