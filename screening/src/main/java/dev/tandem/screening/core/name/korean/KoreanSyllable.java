package dev.tandem.screening.core.name.korean;

/**
 * One syllable of a Korean given name as read from a name: the text it was read from, the Hangul syllables it can
 * stand for, and the same set after the initial-sound rule (used when the syllable starts the given name).
 */
public final class KoreanSyllable {

    private final String surface;
    private final char[] hangul;
    private final char[] southHangul;
    private final boolean writtenInHangul;
    private final int token;

    KoreanSyllable(String surface, char[] hangul, boolean writtenInHangul, int token) {
        this.surface = surface;
        this.hangul = hangul;
        this.southHangul = InitialSoundRule.apply(hangul);
        this.writtenInHangul = writtenInHangul;
        this.token = token;
    }

    /** The syllable as written: "yong", "cheol" or "용". */
    public String surface() {
        return surface;
    }

    /** Sorted Hangul syllables this spelling can stand for; do not modify. */
    public char[] hangul() {
        return hangul;
    }

    /** {@link #hangul()} after the initial-sound rule; do not modify. */
    public char[] southHangul() {
        return southHangul;
    }

    public boolean writtenInHangul() {
        return writtenInHangul;
    }

    /** Index of the name token it was read from. */
    public int token() {
        return token;
    }

    @Override
    public String toString() {
        return surface;
    }
}
