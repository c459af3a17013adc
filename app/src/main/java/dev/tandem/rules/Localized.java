package dev.tandem.rules;

/** Text that exists in English and Korean, the two languages of findings and triage reasons. */
interface Localized {

    enum Language {
        EN("en"), KO("ko");

        final String suffix;

        Language(String suffix) {
            this.suffix = suffix;
        }
    }

    String in(Language language);

    default String en() {
        return in(Language.EN);
    }

    default String ko() {
        return in(Language.KO);
    }
}
