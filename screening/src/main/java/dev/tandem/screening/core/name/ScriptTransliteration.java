package dev.tandem.screening.core.name;

import com.ibm.icu.text.Transliterator;

/**
 * Transliterates letters of scripts other than Latin and Hangul into Latin with ICU's "Any-Latin" rules:
 * "Владимир Путин" → "Vladimir Putin", "Βαράκ" → "Barák", "バラク" → "baraku". Han characters come out as
 * Mandarin pinyin, which is no Korean reading; Hanja names are not resolved to Korean by this step.
 * <p>
 * Leaves Latin letters, Hangul (handled by the Korean romanisation tables, since ICU's Hangul-Latin is letter by letter),
 * digits, punctuation and whitespace unchanged. Text without such letters is returned as is, without touching ICU.
 */
public final class ScriptTransliteration implements NameStep {

    private static final class Holder {
        static final Transliterator TO_LATIN =
                Transliterator.getInstance("[[:Letter:]-[:Latin:]-[:Hangul:]] Any-Latin");
    }

    @Override
    public String apply(String name) {
        if (!needsTransliteration(name)) return name;
        synchronized (Holder.TO_LATIN) {
            return Holder.TO_LATIN.transliterate(name);
        }
    }

    private static boolean needsTransliteration(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80 || !Character.isLetter(c)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.HANGUL) return true;
        }
        return false;
    }
}
