package dev.tandem.screening.core.name;

import java.text.Normalizer;

/**
 * Applies Unicode NFKC: full-width letters become ASCII ("ＫＩＭ" → "KIM"), ligatures are split ("ﬁ" → "fi"),
 * sequences of conjoining Hangul jamo become precomposed syllables ("ᄀ ᅵ ᆷ" → "김"), and a decomposed accent is
 * recomposed with its letter.
 * <p>
 * Leaves precomposed Hangul syllables, letter case, accents and punctuation unchanged; later steps handle them.
 * Hangul typed letter by letter as compatibility jamo ("ㄱㅣㅁ") is not reliably composed and is not repaired here.
 */
public final class UnicodeCompatibilityFolding implements NameStep {

    @Override
    public String apply(String name) {
        return Normalizer.isNormalized(name, Normalizer.Form.NFKC) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
    }
}
