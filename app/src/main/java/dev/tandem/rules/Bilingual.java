package dev.tandem.rules;

import java.util.Objects;

/** A text given in both languages by a rule file (a rule's reason, a product's name), used as it is. */
record Bilingual(String english, String korean) implements Localized {

    Bilingual {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(korean, "korean");
    }

    @Override
    public String in(Language language) {
        return language == Language.EN ? english : korean;
    }
}
