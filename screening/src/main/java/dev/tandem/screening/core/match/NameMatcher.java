package dev.tandem.screening.core.match;

/**
 * Compares one prepared query name with one prepared entry name and decides which comparison applies: person names
 * that both read as Korean names go through {@link KoreanNameComparison} (whose verdict stands, so that
 * Kim Nam Chol never matches Kim Chol Nam through a looser path); a query that a typo made unreadable against a
 * Korean entry name gets the Korean typo comparison or the general one, whichever scores higher; all other names go
 * through {@link GeneralNameComparison}; organisation names may also match as acronyms ({@link AcronymComparison}).
 * <p>
 * <b>Default threshold.</b> {@link #DEFAULT_THRESHOLD} = 0.85, calibrated by a threshold sweep over the evaluation
 * data ({@code dev.tandem.bench.Evaluate}; figures and commands in {@code docs/performance.md}): Korean variant recall
 * stays ≥ 0.99 up to 0.90, the Korean hard negatives stay ≤ 1 % from 0.79 and the 50,000 synthetic US names screened
 * against UN + OFAC stay ≤ 1 % from 0.76. Of the interval [0.79, 0.90] that meets all three, 0.85 is the middle, so
 * that neither the recall nor the false-positive side sits at its edge. The nomenklatura F1 was read, not optimised
 * (0.85 to 0.86 over 0.81–0.85). Requests may pass another threshold.
 */
public final class NameMatcher {

    /** Hits at or above this score are reported unless the request sets its own threshold. */
    public static final double DEFAULT_THRESHOLD = 0.85;

    private NameMatcher() {
    }

    /**
     * @param explain false to compute the score only, for ranking candidates; true to explain a hit
     */
    static NameComparison compare(PreparedName query, PreparedName entry, boolean person, boolean explain) {
        if (person) {
            NameComparison korean = KoreanNameComparison.compare(query, entry, explain);
            if (korean != null) return korean;
            NameComparison general = GeneralNameComparison.compare(query, entry, true, explain);
            NameComparison typo = KoreanNameComparison.compareUnreadable(query, entry, explain);
            return typo != null && typo.score() > general.score() ? typo : general;
        }
        NameComparison general = GeneralNameComparison.compare(query, entry, false, explain);
        NameComparison acronym = AcronymComparison.compare(query, entry, explain);
        return acronym != null && acronym.score() > general.score() ? acronym : general;
    }
}
