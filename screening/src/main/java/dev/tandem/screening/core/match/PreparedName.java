package dev.tandem.screening.core.match;

import dev.tandem.screening.core.name.korean.KoreanReading;

import java.util.List;

/**
 * A name made ready for comparison: normalised tokens with their roles and weights, the Korean readings of a person
 * name, the syllables of tokens that read as romanised Korean, and the acronyms of an organisation name. Immutable
 * once built (arrays are not exposed outside the package).
 */
final class PreparedName {

    final String original;
    final List<String> tokens;
    final TokenRole[] roles;
    final double[] weights;
    /** per token: Hangul syllable sets of its syllables (≥ 2), or null if the token is not romanised Korean */
    final char[][][] syllables;
    final List<KoreanReading> readings;
    /** initials of the name ("kmdt"), with and without country words; empty for persons */
    final List<String> acronyms;
    final boolean organisation;
    /** what normalisation removed or folded, or the Hanja reading used ({@link dev.tandem.screening.core.name.AnalysedName#remarks}) */
    final List<String> remarks;
    /** indices of the tokens that count (not ignored) */
    final int[] active;
    /** per token: contains a digit */
    final boolean[] hasDigit;
    /** per token: its set of letters ({@link TokenSimilarity#letters}) */
    final int[] letters;

    PreparedName(String original, List<String> tokens, TokenRole[] roles, double[] weights, char[][][] syllables,
                 List<KoreanReading> readings, List<String> acronyms, boolean organisation, List<String> remarks) {
        this.original = original;
        this.tokens = List.copyOf(tokens);
        this.roles = roles;
        this.weights = weights;
        this.syllables = syllables;
        this.readings = List.copyOf(readings);
        this.acronyms = List.copyOf(acronyms);
        this.organisation = organisation;
        this.remarks = List.copyOf(remarks);
        int n = 0;
        for (TokenRole role : roles) if (!role.ignored()) n++;
        this.active = new int[n];
        n = 0;
        for (int i = 0; i < roles.length; i++) if (!roles[i].ignored()) active[n++] = i;
        this.hasDigit = new boolean[this.tokens.size()];
        this.letters = new int[this.tokens.size()];
        for (int i = 0; i < hasDigit.length; i++) {
            String token = this.tokens.get(i);
            for (int k = 0; k < token.length(); k++) hasDigit[i] |= Character.isDigit(token.charAt(k));
            letters[i] = TokenSimilarity.letters(token);
        }
    }

    boolean isEmpty() {
        return active.length == 0;
    }

    /** Number of tokens that count. */
    int activeCount() {
        return active.length;
    }

    @Override
    public String toString() {
        return original + " " + tokens;
    }
}
