package dev.tandem.screening.core.name;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies Unicode NFKC: full-width letters become ASCII ("ＫＩＭ" → "KIM"), mathematical alphanumerics become plain
 * letters ("𝐊𝐢𝐦" → "Kim"), ligatures are split ("ﬁ" → "fi"), sequences of conjoining Hangul jamo become precomposed
 * syllables ("ᄀ ᅵ ᆷ" → "김"), and a decomposed accent is recomposed with its letter.
 * <p>
 * Leaves precomposed Hangul syllables, letter case, accents and punctuation unchanged; later steps handle them.
 * Hangul typed letter by letter as compatibility jamo ("ㄱㅣㅁ") is not reliably composed and is not repaired here.
 * Reports the compatibility characters it replaced (full-width, half-width, font variants ...), not the canonical
 * compositions nor compatibility spaces, which change nothing a reader sees.
 */
public final class UnicodeCompatibilityFolding implements NameStep {

    private static final int SHOWN = 6;

    @Override
    public String apply(String name) {
        return Normalizer.isNormalized(name, Normalizer.Form.NFKC) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
    }

    @Override
    public String apply(String name, Consumer<String> remarks) {
        if (Normalizer.isNormalized(name, Normalizer.Form.NFKC)) return name;
        Map<String, Set<String>> folded = new LinkedHashMap<>();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isSpaceChar(cp)) continue; // a no-break or ideographic space is spacing, not disguise
            String kind = kind(UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE));
            if (kind == null) continue;
            String one = new String(Character.toChars(cp));
            folded.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(one + "→" + Normalizer.normalize(one, Normalizer.Form.NFKC));
        }
        if (!folded.isEmpty()) {
            StringBuilder remark = new StringBuilder("folded");
            int shown = 0;
            for (Map.Entry<String, Set<String>> e : folded.entrySet()) {
                remark.append(shown == 0 ? " " : "; ").append(e.getKey());
                for (String pair : e.getValue()) {
                    if (shown++ == SHOWN) {
                        remark.append(" …");
                        break;
                    }
                    remark.append(' ').append(pair);
                }
            }
            remarks.accept(remark.toString());
        }
        return apply(name);
    }

    /** What a reader would call a compatibility character of this decomposition type; null for none or canonical. */
    private static String kind(int decompositionType) {
        switch (decompositionType) {
            case UCharacter.DecompositionType.NONE:
            case UCharacter.DecompositionType.CANONICAL:
                return null;
            case UCharacter.DecompositionType.WIDE:
                return "full-width";
            case UCharacter.DecompositionType.NARROW:
                return "half-width";
            case UCharacter.DecompositionType.FONT:
                return "font variant";
            case UCharacter.DecompositionType.CIRCLE:
                return "circled";
            case UCharacter.DecompositionType.SUPER:
            case UCharacter.DecompositionType.SUB:
                return "superscript or subscript";
            default:
                return "compatibility form";
        }
    }
}
