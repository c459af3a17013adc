package dev.tandem.screening.core.match;

import java.util.Map;

/**
 * How much a token counts when names are compared, in (0, 1]: common tokens count less, so that a shared "Kim",
 * "Ali" or "Trading" does not make a match. The weight is the smaller of the prior weight of
 * {@code token-classes.tsv} and, when enough entries are loaded, an inverse document frequency over the index:
 * {@code ln((N + 1) / (df + 0.5)) / ln((N + 1) / 1.5)}, where N is the number of entries and df the number of
 * entries with the token in one of their names. Single letters weigh 0.2, particles and country words 0.2.
 */
final class TokenWeights {

    /** Below this many entries the index frequencies say little and only the prior weights apply. */
    static final int MIN_ENTRIES_FOR_FREQUENCIES = 500;
    static final double MIN_WEIGHT = 0.1;
    static final double LOW_WEIGHT = 0.2;

    private final TokenClasses classes;
    private final Map<String, Integer> documentFrequency;
    private final int entries;
    private final double norm;

    TokenWeights(TokenClasses classes, Map<String, Integer> documentFrequency, int entries) {
        this.classes = classes;
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.entries = entries;
        this.norm = Math.log((entries + 1) / 1.5);
    }

    /** Weights from the prior table alone. */
    static TokenWeights priorOnly() {
        return new TokenWeights(TokenClasses.standard(), Map.of(), 0);
    }

    TokenClasses classes() {
        return classes;
    }

    double weight(String token, TokenRole role) {
        return weight(token, role, baseWeight(token));
    }

    /** The weight of a token in a role, given its {@link #baseWeight}. */
    double weight(String token, TokenRole role, double baseWeight) {
        if (role.ignored()) return 0.0;
        if (role == TokenRole.PARTICLE || role == TokenRole.COUNTRY || token.length() == 1) return LOW_WEIGHT;
        return baseWeight;
    }

    /** The weight of a name token: prior and index frequency. */
    double baseWeight(String token) {
        double weight = classes.priorWeight(token);
        if (entries >= MIN_ENTRIES_FOR_FREQUENCIES) {
            Integer df = documentFrequency.get(token);
            if (df != null && df > 1) weight = Math.min(weight, Math.log((entries + 1) / (df + 0.5)) / norm);
        }
        return Math.max(MIN_WEIGHT, Math.min(1.0, weight));
    }
}
