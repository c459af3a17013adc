package dev.tandem.forum;

import java.util.Locale;

/**
 * A government that takes part in forums. Every user who is not an applicant belongs to one.
 *
 * @param code   short code, upper case ("ROK", "US")
 * @param nameEn name in English
 * @param nameKo name in Korean
 */
public record Party(String code, String nameEn, String nameKo) {

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }
}
