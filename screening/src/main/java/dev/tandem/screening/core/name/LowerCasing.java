package dev.tandem.screening.core.name;

import java.util.Locale;

/**
 * Lower-cases letters with the root locale ("KIM Yong-Chol" → "kim yong-chol"), so that a Turkish or Azeri
 * default locale never turns "I" into a dotless "ı".
 * <p>
 * Leaves caseless scripts (Hangul, Han, Arabic) and all non-letters unchanged.
 */
public final class LowerCasing implements NameStep {

    @Override
    public String apply(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
