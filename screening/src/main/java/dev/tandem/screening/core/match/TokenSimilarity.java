package dev.tandem.screening.core.match;

import dev.tandem.screening.core.name.korean.InitialSoundRule;
import dev.tandem.screening.core.name.korean.SyllableInventory;

/**
 * Compares two normalised tokens. In order: equal; a single letter against a word it can abbreviate (initial, 0.7);
 * two romanised Korean words of the same syllables (MR/RR syllable equivalence, or the initial-sound rule on the first
 * syllable: "Ryonbong"/"Yonbong"); letters within a bounded edit distance (typo). Numbers match only exactly.
 * <p>
 * Typo bounds by the length of the shorter token: up to 3 letters none ("Ali" never becomes "Wali"), 4–5 letters one
 * edit, 6–10 two, longer three, and two or more edits only when the names start with the same sound ("Pyongsong" is
 * no typo of "Ryungsong"; "Selenskyj" may be of "Zelenskyy"); similarity {@code 1 - 0.5 · edits / length of the
 * longer token}.
 */
final class TokenSimilarity {

    static final double INITIAL_SIMILARITY = 0.7;

    private TokenSimilarity() {
    }

    /** Compares token {@code i} of one prepared name with token {@code j} of another. */
    static TokenMatch compare(PreparedName p, int i, PreparedName q, int j) {
        String a = p.tokens.get(i), b = q.tokens.get(j);
        if (a.equals(b)) return TokenMatch.EXACT;
        if (p.hasDigit[i] || q.hasDigit[j]) return null;
        if (a.length() == 1 || b.length() == 1) return initial(a, b);
        Rule syllableRule = syllableRule(p.syllables[i], q.syllables[j]);
        if (syllableRule != null) return new TokenMatch(syllableRule, 1.0);
        return typo(a, b, p.letters[i], q.letters[j]);
    }

    /** @return the match, or null if the tokens are different */
    static TokenMatch compare(String a, String b, char[][] syllablesA, char[][] syllablesB) {
        if (a.equals(b)) return TokenMatch.EXACT;
        if (hasDigit(a) || hasDigit(b)) return null;
        return compareLetters(a, b, syllablesA, syllablesB);
    }

    private static TokenMatch initial(String a, String b) {
        return a.charAt(0) == b.charAt(0) ? new TokenMatch(Rule.INITIAL, INITIAL_SIMILARITY) : null;
    }

    private static TokenMatch compareLetters(String a, String b, char[][] syllablesA, char[][] syllablesB) {
        if (a.length() == 1 || b.length() == 1) return initial(a, b);
        Rule syllableRule = syllableRule(syllablesA, syllablesB);
        if (syllableRule != null) return new TokenMatch(syllableRule, 1.0);
        return typo(a, b);
    }

    static TokenMatch typo(String a, String b) {
        return typo(a, b, letters(a), letters(b));
    }

    /**
     * @param lettersA {@link #letters} of {@code a}, to reject at once tokens that have more distinct letters the
     *                 other lacks than edits are allowed (each such letter costs at least one edit)
     */
    static TokenMatch typo(String a, String b, int lettersA, int lettersB) {
        int length = Math.max(a.length(), b.length());
        int allowed = allowedEdits(Math.min(a.length(), b.length()));
        if (allowed == 0) return null;
        if (Integer.bitCount(lettersA & ~lettersB) > allowed || Integer.bitCount(lettersB & ~lettersA) > allowed) return null;
        int edits = EditDistance.bounded(a, b, allowed);
        if (edits > allowed || edits >= 2 && !sameInitialSound(a.charAt(0), b.charAt(0))) return null;
        return new TokenMatch(Rule.TYPO, 1.0 - 0.5 * edits / length);
    }

    /** The set of letters of a token as bits (a–z; every other character shares one more bit). */
    static int letters(String token) {
        int mask = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            mask |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << 26;
        }
        return mask;
    }

    static int allowedEdits(int length) {
        if (length <= 3) return 0;
        if (length <= 5) return 1;
        if (length <= 10) return 2;
        return 3;
    }

    /** Same letter, or letters that transliterations exchange at the start of a name: s/z, c/k/q/g, v/w, i/y/j. */
    static boolean sameInitialSound(char a, char b) {
        if (a == b) return true;
        for (String group : INITIAL_SOUNDS) if (group.indexOf(a) >= 0 && group.indexOf(b) >= 0) return true;
        return false;
    }

    private static final String[] INITIAL_SOUNDS = {"sz", "ckqg", "vw", "iyj"};

    /** SYLLABLE_EQUIVALENCE, INITIAL_SOUND_RULE, or null when the syllables differ or either token is not Korean. */
    static Rule syllableRule(char[][] a, char[][] b) {
        if (a == null || b == null || a.length != b.length) return null;
        boolean initialRule = false;
        for (int i = 0; i < a.length; i++) {
            if (SyllableInventory.intersects(a[i], b[i])) continue;
            if (i == 0 && SyllableInventory.intersects(InitialSoundRule.apply(a[0]), InitialSoundRule.apply(b[0]))) {
                initialRule = true;
                continue;
            }
            return null;
        }
        return initialRule ? Rule.INITIAL_SOUND_RULE : Rule.SYLLABLE_EQUIVALENCE;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
