package dev.tandem.screening.core.name.korean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every Latin spelling of every one of the 11,172 Hangul syllables: for each syllable, all combinations of the
 * spellings of its initial, vowel and final (Revised Romanisation, McCune–Reischauer without diacritics, customary and
 * North Korean spellings), plus the whole-syllable spellings of {@code syllable-extras.tsv}. Indexed the other way
 * round, from a spelling to the sorted set of Hangul syllables it can stand for; two romanised syllables are
 * equivalent when their sets intersect ("chol" and "cheol" share 철; "kyong", "gyeong" and "kyung" share 경).
 * Immutable and thread-safe; built once (about 12,700 distinct spellings).
 */
public final class SyllableInventory {

    private static final char[] NONE = new char[0];
    private static final SyllableInventory STANDARD = new SyllableInventory();

    private final JamoSpellings initials = JamoSpellings.initials();
    private final JamoSpellings vowels = JamoSpellings.vowels();
    private final JamoSpellings finals = JamoSpellings.finals();
    private final Map<String, char[]> bySpelling;
    private final int longest;

    private SyllableInventory() {
        Map<String, StringBuilder> sets = new HashMap<>(1 << 17);
        for (char s = HangulSyllables.FIRST; s <= HangulSyllables.LAST; s++) {
            int coda = HangulSyllables.coda(s);
            String[] vowelSpellings = vowelSpellings(HangulSyllables.vowel(s), coda == 0);
            for (String i : initials.matching[HangulSyllables.initial(s)]) {
                for (String v : vowelSpellings) {
                    for (String f : finals.matching[coda]) add(sets, i + v + f, s);
                }
            }
        }
        for (String[] row : Tsv.read("syllable-extras.tsv", 2)) {
            for (String spelling : Tsv.words(row[1])) add(sets, spelling, row[0].charAt(0));
        }
        Map<String, char[]> index = new HashMap<>(sets.size() * 2);
        int max = 0;
        for (Map.Entry<String, StringBuilder> e : sets.entrySet()) {
            char[] chars = e.getValue().toString().toCharArray();
            Arrays.sort(chars);
            index.put(e.getKey(), dedupe(chars));
            max = Math.max(max, e.getKey().length());
        }
        this.bySpelling = index;
        this.longest = max;
    }

    public static SyllableInventory standard() {
        return STANDARD;
    }

    /** The sorted Hangul syllables a lower-case Latin spelling can stand for; empty if it is no syllable. */
    public char[] hangul(String spelling) {
        char[] set = bySpelling.get(spelling);
        return set == null ? NONE : set;
    }

    public boolean isSyllable(String spelling) {
        return bySpelling.containsKey(spelling);
    }

    /** Length of the longest spelling, for segmentation. */
    public int longestSpelling() {
        return longest;
    }

    public int size() {
        return bySpelling.size();
    }

    /** All spellings accepted for one syllable, most standard first (RR-based first). */
    public List<String> spellings(char syllable) {
        List<String> out = new ArrayList<>();
        int coda = HangulSyllables.coda(syllable);
        for (String i : initials.matching[HangulSyllables.initial(syllable)]) {
            for (String v : vowelSpellings(HangulSyllables.vowel(syllable), coda == 0)) {
                for (String f : finals.matching[coda]) {
                    String spelling = i + v + f;
                    if (!out.contains(spelling)) out.add(spelling);
                }
            }
        }
        return out;
    }

    JamoSpellings initials() {
        return initials;
    }

    JamoSpellings vowels() {
        return vowels;
    }

    JamoSpellings finals() {
        return finals;
    }

    /** Whether two sorted syllable sets share a syllable. */
    public static boolean intersects(char[] a, char[] b) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    private String[] vowelSpellings(int vowel, boolean open) {
        String[] extra = open ? vowels.openOnly[vowel] : vowels.closedOnly[vowel];
        if (extra.length == 0) return vowels.matching[vowel];
        String[] all = Arrays.copyOf(vowels.matching[vowel], vowels.matching[vowel].length + extra.length);
        System.arraycopy(extra, 0, all, vowels.matching[vowel].length, extra.length);
        return all;
    }

    private static void add(Map<String, StringBuilder> sets, String spelling, char syllable) {
        if (spelling.isEmpty()) return;
        sets.computeIfAbsent(spelling, k -> new StringBuilder(4)).append(syllable);
    }

    private static char[] dedupe(char[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) if (n == 0 || sorted[n - 1] != sorted[i]) sorted[n++] = sorted[i];
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
