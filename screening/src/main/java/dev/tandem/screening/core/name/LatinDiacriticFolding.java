package dev.tandem.screening.core.name;

import java.text.Normalizer;

/**
 * Folds Latin letters with diacritics to plain ASCII letters: the McCune–Reischauer breves "ŏ" → "o" and "ŭ" → "u",
 * "é" → "e", "ğ" → "g", "ñ" → "n", and the letters without a decomposition "ß" → "ss", "æ" → "ae", "œ" → "oe",
 * "ø" → "o", "ł" → "l", "đ" → "d", "þ" → "th", "ı" → "i".
 * <p>
 * Leaves Hangul syllables (which Unicode would decompose into jamo), other scripts, case and punctuation unchanged.
 */
public final class LatinDiacriticFolding implements NameStep {

    @Override
    public String apply(String name) {
        if (isPlain(name)) return name;
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80 || !isLatin(c)) {
                out.append(c);
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                String special = special(d);
                if (special != null) out.append(special);
                else out.append(d);
            }
        }
        return out.toString();
    }

    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 && isLatin(c)) return false;
        }
        return true;
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String special(char c) {
        switch (c) {
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'Æ': return "AE";
            case 'œ': return "oe";
            case 'Œ': return "OE";
            case 'ø': return "o";
            case 'Ø': return "O";
            case 'ł': return "l";
            case 'Ł': return "L";
            case 'đ': return "d";
            case 'Đ': return "D";
            case 'þ': return "th";
            case 'Þ': return "TH";
            case 'ı': return "i";
            default:
                return Character.getType(c) == Character.NON_SPACING_MARK ? "" : null;
        }
    }
}
