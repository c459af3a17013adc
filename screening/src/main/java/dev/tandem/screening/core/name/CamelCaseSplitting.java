package dev.tandem.screening.core.name;

/**
 * Splits words that were run together with capitals: "SiemensAG" → "Siemens AG", "AlisherUsmanov" →
 * "Alisher Usmanov", "JPMorgan" → "JP Morgan". A split is made between a lower-case and an upper-case letter, and
 * between two upper-case letters when the second starts a capitalised word, but only when at least two letters
 * follow the split, so "GmbH" and "McD" stay whole. The matcher rejoins adjacent tokens, so an over-split such as
 * "McCune" → "Mc Cune" costs nothing.
 * <p>
 * Leaves all-capital, all-lower-case and caseless text (Hangul, Arabic) unchanged. Must run before lower-casing.
 */
public final class CamelCaseSplitting implements NameStep {

    @Override
    public String apply(String name) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i < name.length(); i++) {
            if (splitsBefore(name, i)) {
                if (out == null) out = new StringBuilder(name.length() + 4);
                out.append(name, copied, i).append(' ');
                copied = i;
            }
        }
        return out == null ? name : out.append(name, copied, name.length()).toString();
    }

    private static boolean splitsBefore(String s, int i) {
        char prev = s.charAt(i - 1);
        char c = s.charAt(i);
        if (!Character.isUpperCase(c) || !Character.isLetter(prev)) return false;
        int following = 0;
        for (int k = i; k < s.length() && Character.isLetter(s.charAt(k)); k++) following++;
        if (following < 2) return false;
        if (Character.isLowerCase(prev)) return true;
        return Character.isUpperCase(prev) && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1))
                && i >= 2 && Character.isUpperCase(s.charAt(i - 2));
    }
}
