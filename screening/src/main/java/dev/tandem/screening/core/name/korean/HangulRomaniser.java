package dev.tandem.screening.core.name.korean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a Hangul personal name in Latin letters with this package's syllable tables, syllable by syllable (ICU's
 * Hangul-Latin transliterates letter by letter and gives unusable names):
 * 리용호 → "Ri Yong-ho" (McCune–Reischauer), "Ri Yongho" (Revised Romanisation), "Lee Yong-ho" and "Yi Yong Ho"
 * (customary). The family name is the longest {@link KoreanSurnames} form at the start; the rest is the given name.
 * <p>
 * Leaves the choice of the North or South Hangul form to the caller (리용호 and 이용호 are romanised as written) and
 * does not apply sound changes across syllables other than McCune–Reischauer voicing and RR "ll".
 */
public final class HangulRomaniser {

    private static final HangulRomaniser STANDARD =
            new HangulRomaniser(SyllableInventory.standard(), KoreanSurnames.standard());

    private final SyllableInventory inventory;
    private final KoreanSurnames surnames;

    public HangulRomaniser(SyllableInventory inventory, KoreanSurnames surnames) {
        this.inventory = inventory;
        this.surnames = surnames;
    }

    public static HangulRomaniser standard() {
        return STANDARD;
    }

    /** Revised Romanisation: family name, space, given name joined ("Ri Yongho", "I Yongho", "Bak Jeongho"). */
    public String revised(String hangulName) {
        String[] parts = split(hangulName);
        return capitalise(revisedWord(parts[0])) + " " + capitalise(revisedWord(parts[1]));
    }

    /**
     * McCune–Reischauer: family name, space, given-name syllables joined by hyphens ("Ri Yong-ho", "Ch'oe Ch'ŏl-su").
     *
     * @param diacritics false to drop apostrophes and breves ("Choe Chol-su"), as most lists write it
     */
    public String mccuneReischauer(String hangulName, boolean diacritics) {
        String[] parts = split(hangulName);
        String family = mrWord(parts[0], false);
        List<String> given = new ArrayList<>();
        char previous = 0;
        for (int i = 0; i < parts[1].length(); i++) {
            char s = parts[1].charAt(i);
            given.add(mrSyllable(s, i == 0 ? 0 : previous, i > 0));
            previous = s;
        }
        String text = capitalise(family) + " " + capitalise(String.join("-", given));
        return diacritics ? text : JamoSpellings.fold(text.replace("Ŏ", "O").replace("Ŭ", "U"));
    }

    /**
     * The usual spellings, North and South: McCune–Reischauer without diacritics with the given-name syllables
     * spaced ("Ri Yong Ho"), the first customary family spelling with the Revised given name hyphenated
     * ("Lee Yong-ho"), the second customary family spelling spaced ("Yi Yong Ho"), and the Revised Romanisation.
     */
    public List<String> spellings(String hangulName) {
        String[] parts = split(hangulName);
        String mrGiven = mccuneReischauer(hangulName, false);
        mrGiven = mrGiven.substring(mrGiven.indexOf(' ') + 1);
        String spacedGiven = spaced(mrGiven);
        Set<String> out = new LinkedHashSet<>();
        out.add(capitalise(JamoSpellings.fold(mrWord(parts[0], false))) + " " + spacedGiven);
        List<String> customary = customaryFamily(parts[0]);
        String rrGiven = hyphenatedRevised(parts[1]);
        if (!customary.isEmpty()) out.add(customary.get(0) + " " + rrGiven);
        if (customary.size() > 1) out.add(customary.get(1) + " " + spacedGiven);
        out.add(revised(hangulName));
        return List.copyOf(out);
    }

    /** Splits a Hangul name into family name and given name (longest known surname first; else one syllable). */
    public String[] split(String hangulName) {
        String name = hangulName.replace(" ", "");
        if (!HangulSyllables.isHangulWord(name) || name.length() < 2) {
            throw new IllegalArgumentException("not a Hangul name: " + hangulName);
        }
        for (int len = Math.min(surnames.longestHangul(), name.length() - 1); len >= 2; len--) {
            if (surnames.ofHangul(name.substring(0, len)).length > 0) {
                return new String[]{name.substring(0, len), name.substring(len)};
            }
        }
        return new String[]{name.substring(0, 1), name.substring(1)};
    }

    private List<String> customaryFamily(String hangulFamily) {
        List<String> out = new ArrayList<>();
        for (int id : surnames.ofHangul(hangulFamily)) {
            if (surnames.forms(id).get(0).equals(hangulFamily) || surnames.forms(id).size() == 1) {
                for (String spelling : surnames.spellings(id)) if (out.size() < 2) out.add(spelling);
            }
        }
        if (out.isEmpty()) {
            for (int id : surnames.ofHangul(InitialSoundRule.applyToWord(hangulFamily))) {
                for (String spelling : surnames.spellings(id)) if (out.size() < 2) out.add(spelling);
            }
        }
        return out;
    }

    private String revisedWord(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char s = word.charAt(i);
            int initial = HangulSyllables.initial(s);
            String onset = inventory.initials().rr[initial];
            if (initial == HangulSyllables.RIEUL && i > 0 && HangulSyllables.coda(word.charAt(i - 1)) == 8) onset = "l";
            out.append(onset).append(inventory.vowels().rr[HangulSyllables.vowel(s)])
                    .append(inventory.finals().rr[HangulSyllables.coda(s)]);
        }
        return out.toString();
    }

    private String hyphenatedRevised(String given) {
        List<String> syllables = new ArrayList<>();
        for (int i = 0; i < given.length(); i++) syllables.add(revisedWord(String.valueOf(given.charAt(i))));
        return capitalise(String.join("-", syllables));
    }

    private String mrWord(String word, boolean voicedContext) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            out.append(mrSyllable(word.charAt(i), i == 0 ? 0 : word.charAt(i - 1), voicedContext || i > 0));
        }
        return out.toString();
    }

    /** One syllable in McCune–Reischauer; k/t/p/ch are voiced after a vowel or a voiced final when medial. */
    private String mrSyllable(char s, char previous, boolean medial) {
        int initial = HangulSyllables.initial(s);
        String onset = inventory.initials().mr[initial];
        if (initial == HangulSyllables.RIEUL && previous != 0 && HangulSyllables.coda(previous) == 8) onset = "l";
        if (medial && previous != 0 && isVoicing(HangulSyllables.coda(previous))) {
            switch (initial) {
                case 0: onset = "g"; break;
                case 3: onset = "d"; break;
                case 7: onset = "b"; break;
                case 12: onset = "j"; break;
                default: break;
            }
        }
        return onset + inventory.vowels().mr[HangulSyllables.vowel(s)] + inventory.finals().mr[HangulSyllables.coda(s)];
    }

    /** no final, ㄴ, ㄹ, ㅁ, ㅇ */
    private static boolean isVoicing(int coda) {
        return coda == 0 || coda == 4 || coda == 8 || coda == 16 || coda == 21;
    }

    private static String spaced(String hyphenated) {
        List<String> parts = new ArrayList<>();
        for (String part : hyphenated.split("-")) parts.add(capitalise(part));
        return String.join(" ", parts);
    }

    private static String capitalise(String word) {
        if (word.isEmpty()) return word;
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
