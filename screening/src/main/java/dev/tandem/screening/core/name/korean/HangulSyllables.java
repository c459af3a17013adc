package dev.tandem.screening.core.name.korean;

/**
 * Arithmetic on precomposed modern Hangul syllables (U+AC00–U+D7A3): 19 initials × 21 vowels × 28 finals
 * (the first "final" being none) = 11,172 syllables.
 */
public final class HangulSyllables {

    public static final char FIRST = '\uAC00';
    public static final char LAST = '\uD7A3';
    public static final int INITIALS = 19;
    public static final int VOWELS = 21;
    public static final int FINALS = 28;
    public static final int COUNT = INITIALS * VOWELS * FINALS;

    /** Initial index of ㄹ, ㄴ and ㅇ. */
    public static final int RIEUL = 5, NIEUN = 2, IEUNG = 11;

    private HangulSyllables() {
    }

    public static boolean isSyllable(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** Whether the text is non-empty and made of Hangul syllables only. */
    public static boolean isHangulWord(String text) {
        if (text.isEmpty()) return false;
        for (int i = 0; i < text.length(); i++) if (!isSyllable(text.charAt(i))) return false;
        return true;
    }

    public static int initial(char syllable) {
        return (syllable - FIRST) / (VOWELS * FINALS);
    }

    public static int vowel(char syllable) {
        return (syllable - FIRST) % (VOWELS * FINALS) / FINALS;
    }

    /** 0 for no final consonant. */
    public static int coda(char syllable) {
        return (syllable - FIRST) % FINALS;
    }

    public static char compose(int initial, int vowel, int coda) {
        if (initial < 0 || initial >= INITIALS || vowel < 0 || vowel >= VOWELS || coda < 0 || coda >= FINALS) {
            throw new IllegalArgumentException("no such syllable: " + initial + "/" + vowel + "/" + coda);
        }
        return (char) (FIRST + (initial * VOWELS + vowel) * FINALS + coda);
    }
}
