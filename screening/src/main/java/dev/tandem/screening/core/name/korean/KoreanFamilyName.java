package dev.tandem.screening.core.name.korean;

/**
 * The family name of a Korean reading: the token as written and the surnames (ids of {@link KoreanSurnames}) it can
 * spell.
 */
public final class KoreanFamilyName {

    private final String surface;
    private final int[] surnames;
    private final char[] hangul;
    private final boolean writtenInHangul;
    private final int token;

    KoreanFamilyName(String surface, int[] surnames, char[] hangul, boolean writtenInHangul, int token) {
        this.surface = surface;
        this.surnames = surnames;
        this.hangul = hangul;
        this.writtenInHangul = writtenInHangul;
        this.token = token;
    }

    public String surface() {
        return surface;
    }

    /** Sorted surname ids; do not modify. */
    public int[] surnames() {
        return surnames;
    }

    /** For a one-syllable name: the Hangul syllables the spelling can stand for (sorted); else empty. */
    public char[] hangul() {
        return hangul;
    }

    public boolean writtenInHangul() {
        return writtenInHangul;
    }

    public int token() {
        return token;
    }

    @Override
    public String toString() {
        return surface;
    }
}
