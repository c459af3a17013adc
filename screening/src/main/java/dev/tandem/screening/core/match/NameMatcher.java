package dev.tandem.screening.core.match;

/**
 * Compares one prepared query name with one prepared entry name and decides which comparison applies: person names
 * that both read as Korean names go through {@link KoreanNameComparison} (whose verdict stands, so that
 * Kim Nam Chol never matches Kim Chol Nam through a looser path); a query that a typo made unreadable against a
 * Korean entry name gets the Korean typo comparison or the general one, whichever scores higher; all other names go
 * through {@link GeneralNameComparison}; organisation names may also match as acronyms ({@link AcronymComparison}).
 * <p>
 * <b>Default threshold.</b> {@link #DEFAULT_THRESHOLD} = 0.85 was calibrated on the evaluation data described in
 * {@code docs/performance.md}: it is the lowest threshold at which the false-positive rate on 50,000 synthetic US
 * names screened against the UN and OFAC lists stays at or below 1 % and the Korean variant set's hard negatives stay
 * at or below 1 %, while it keeps Korean recall at 0.99 or more. Requests may pass another threshold.
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
