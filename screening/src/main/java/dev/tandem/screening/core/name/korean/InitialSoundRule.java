package dev.tandem.screening.core.name.korean;

import java.util.Arrays;

/**
 * The initial-sound rule of the South Korean orthography (두음법칙), which the North does not apply: at the start of a
 * word, ㄹ before i/y vowels becomes silent ㅇ and ㄹ before other vowels becomes ㄴ; ㄴ before i/y vowels becomes ㅇ.
 * So North 리/류/량/림/려/룡 are South 이/유/양/임/여/용, and North 라/로/래 are South 나/노/내.
 * <p>
 * Leaves syllables with any other initial unchanged, and does not decide where a word starts: callers apply it to the
 * family name and the first syllable of the given name only.
 */
public final class InitialSoundRule {

    private InitialSoundRule() {
    }

    /** The South Korean form of a word-initial syllable; other characters are returned unchanged. */
    public static char apply(char syllable) {
        if (!HangulSyllables.isSyllable(syllable)) return syllable;
        int initial = HangulSyllables.initial(syllable);
        int vowel = HangulSyllables.vowel(syllable);
        int coda = HangulSyllables.coda(syllable);
        if (initial == HangulSyllables.RIEUL) initial = isIotised(vowel) ? HangulSyllables.IEUNG : HangulSyllables.NIEUN;
        else if (initial == HangulSyllables.NIEUN && isIotised(vowel)) initial = HangulSyllables.IEUNG;
        return HangulSyllables.compose(initial, vowel, coda);
    }

    /** Applies the rule to the first syllable of a word. */
    public static String applyToWord(String word) {
        if (word.isEmpty()) return word;
        char first = apply(word.charAt(0));
        return first == word.charAt(0) ? word : first + word.substring(1);
    }

    /** The sorted, de-duplicated South forms of a sorted set of syllables. */
    public static char[] apply(char[] syllables) {
        char[] out = new char[syllables.length];
        boolean changed = false;
        for (int i = 0; i < syllables.length; i++) {
            out[i] = apply(syllables[i]);
            changed |= out[i] != syllables[i];
        }
        if (!changed) return syllables;
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) if (n == 0 || out[n - 1] != out[i]) out[n++] = out[i];
        return Arrays.copyOf(out, n);
    }

    /** ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: the vowels that begin with an i/y sound. */
    private static boolean isIotised(int vowel) {
        return vowel == 2 || vowel == 3 || vowel == 6 || vowel == 7 || vowel == 12 || vowel == 17 || vowel == 20;
    }
}
