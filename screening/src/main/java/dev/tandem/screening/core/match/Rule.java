package dev.tandem.screening.core.match;

/** Why a query token and an entry token were taken to be the same. */
public enum Rule {
    /** identical after normalisation (case, diacritics, apostrophes, hyphens, spacing) */
    EXACT("exact"),
    /** two customary spellings of one Korean family name: Lee/Yi/Rhee/Ri, Park/Pak/Bak, Choi/Choe */
    SURNAME_VARIANT("surname variant"),
    /** McCune–Reischauer and Revised (or customary) spellings of one Hangul syllable: Chol/Cheol/Chul */
    SYLLABLE_EQUIVALENCE("MR/RR syllable equivalence"),
    /** equal only once the South Korean initial-sound rule is applied: 리/이, 류/유, Ryong/Yong */
    INITIAL_SOUND_RULE("initial-sound rule"),
    /** a Hangul syllable and its romanisation: 용/Yong */
    HANGUL_ROMANISED("Hangul romanised"),
    /** within a small edit distance (insertion, deletion, substitution or transposition of letters) */
    TYPO("typo"),
    /** one side writes as one word what the other writes as several: Yongho/Yong Ho, SiemensAG/Siemens AG */
    JOINED("joined"),
    /** the same tokens in another order: Yong Ho Ri / Ri Yong Ho */
    REORDERED("reordered"),
    /** a single letter standing for a name: J./Joachim */
    INITIAL("initial"),
    /** the query is the initials of the entry name, or the other way round: KOMID, GBAE */
    ACRONYM("acronym"),
    /** the query names the vessel's (or company's) IMO number */
    IMO("IMO number");

    private final String label;

    Rule(String label) {
        this.label = label;
    }

    /** Short human-readable name used in explanations. */
    public String label() {
        return label;
    }
}
