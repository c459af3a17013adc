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

    PreparedName(String original, List<String> tokens, TokenRole[] roles, double[] weights, char[][][] syllables,
                 List<KoreanReading> readings, List<String> acronyms, boolean organisation) {
        this.original = original;
        this.tokens = List.copyOf(tokens);
        this.roles = roles;
        this.weights = weights;
        this.syllables = syllables;
        this.readings = List.copyOf(readings);
        this.acronyms = List.copyOf(acronyms);
        this.organisation = organisation;
    }

    boolean isEmpty() {
        for (TokenRole role : roles) if (!role.ignored()) return false;
        return true;
    }

    /** Number of tokens that count. */
    int activeCount() {
        int n = 0;
        for (TokenRole role : roles) if (!role.ignored()) n++;
        return n;
    }

    @Override
    public String toString() {
        return original + " " + tokens;
    }
}
