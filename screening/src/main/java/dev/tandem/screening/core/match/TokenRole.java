package dev.tandem.screening.core.match;

/** What a token is within a name, which decides whether and how much it counts. */
enum TokenRole {
    /** a name word: counts with its weight */
    NAME(false),
    /** "al", "bin", "de", "van" in a person name: counts, with a small weight */
    PARTICLE(false),
    /** "Korea", "DPRK", "Choson" in an organisation name: counts, with a small weight */
    COUNTRY(false),
    /** "Mr", "Shaikh" in a person name: left out */
    TITLE(true),
    /** "Co", "Ltd", "JSC" in an organisation name: left out */
    LEGAL_FORM(true),
    /** "the", "of", "and" in an organisation name: left out */
    STOPWORD(true);

    private final boolean ignored;

    TokenRole(boolean ignored) {
        this.ignored = ignored;
    }

    boolean ignored() {
        return ignored;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
