package dev.tandem.screening.core.name.korean;

import dev.tandem.screening.core.name.NameAnalyzer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Korean family names from {@code surnames.tsv}: each surname has its Hangul forms (South first, then the North form
 * where the initial-sound rule makes them differ: 이/리, 유/류, 임/림) and its Latin spellings (Lee, Yi, Rhee, Ri, I ...).
 * A token is a family name when the table lists it, or when it romanises a one-syllable surname of the table
 * ("Gim" → 김). Surnames are identified by their index in the table. Immutable and thread-safe.
 */
public final class KoreanSurnames {

    private static final int[] NONE = new int[0];
    private static final KoreanSurnames STANDARD = new KoreanSurnames(SyllableInventory.standard());

    private final List<List<String>> forms = new ArrayList<>();
    private final List<List<String>> spellings = new ArrayList<>();
    private final Map<String, int[]> byHangul = new HashMap<>();
    private final Map<String, int[]> byTableSpelling = new HashMap<>();
    private final Map<Character, int[]> bySyllable = new HashMap<>();
    private final SyllableInventory inventory;
    private final int longestHangul;

    private KoreanSurnames(SyllableInventory inventory) {
        this.inventory = inventory;
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        Map<String, List<String>> formsByKey = new LinkedHashMap<>();
        for (String[] row : Tsv.read("surnames.tsv", 2)) {
            List<String> hangul = List.of(row[0].split(","));
            formsByKey.putIfAbsent(hangul.get(0), hangul);
            Set<String> latin = rows.computeIfAbsent(hangul.get(0), k -> new LinkedHashSet<>());
            for (String spelling : Tsv.words(row[1])) latin.add(spelling);
        }
        int longest = 0;
        Map<String, Set<Integer>> hangulIndex = new HashMap<>();
        Map<String, Set<Integer>> spellingIndex = new HashMap<>();
        for (Map.Entry<String, List<String>> e : formsByKey.entrySet()) {
            int id = forms.size();
            forms.add(e.getValue());
            List<String> latin = new ArrayList<>();
            for (String spelling : rows.get(e.getKey())) {
                String normal = String.join("", NameAnalyzer.standard().analyse(spelling).tokens());
                if (!latin.contains(spelling)) latin.add(spelling);
                spellingIndex.computeIfAbsent(normal, k -> new TreeSet<>()).add(id);
            }
            spellings.add(List.copyOf(latin));
            for (String form : e.getValue()) {
                hangulIndex.computeIfAbsent(form, k -> new TreeSet<>()).add(id);
                longest = Math.max(longest, form.length());
            }
        }
        hangulIndex.forEach((k, v) -> byHangul.put(k, toArray(v)));
        spellingIndex.forEach((k, v) -> byTableSpelling.put(k, toArray(v)));
        Map<Character, Set<Integer>> syllables = new HashMap<>();
        hangulIndex.forEach((form, ids) -> {
            if (form.length() == 1) syllables.computeIfAbsent(form.charAt(0), k -> new TreeSet<>()).addAll(ids);
        });
        syllables.forEach((k, v) -> bySyllable.put(k, toArray(v)));
        this.longestHangul = longest;
    }

    public static KoreanSurnames standard() {
        return STANDARD;
    }

    /** Surnames a normalised Latin token may spell: table spellings plus romanised one-syllable surnames. */
    public int[] ofLatin(String token) {
        int[] listed = byTableSpelling.getOrDefault(token, NONE);
        char[] syllables = inventory.hangul(token);
        if (syllables.length == 0) return listed;
        Set<Integer> ids = new TreeSet<>();
        for (int id : listed) ids.add(id);
        for (char s : syllables) {
            for (int id : bySyllable.getOrDefault(s, NONE)) ids.add(id);
        }
        return ids.size() == listed.length ? listed : toArray(ids);
    }

    /** Whether the table itself lists this Latin spelling (rather than it being derived from the syllable tables). */
    public boolean listsSpelling(String token) {
        return byTableSpelling.containsKey(token);
    }

    /** Surnames written with exactly this Hangul. */
    public int[] ofHangul(String hangul) {
        return byHangul.getOrDefault(hangul, NONE);
    }

    /** Length in syllables of the longest Hangul surname (2: 남궁, 황보, 선우 ...). */
    public int longestHangul() {
        return longestHangul;
    }

    /** Hangul forms of a surname: South form first, then the North form if it differs. */
    public List<String> forms(int id) {
        return forms.get(id);
    }

    /** Latin spellings of a surname, as listed. */
    public List<String> spellings(int id) {
        return spellings.get(id);
    }

    public int size() {
        return forms.size();
    }

    /** Whether two sorted id arrays share an id. */
    public static boolean intersects(int[] a, int[] b) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    private static int[] toArray(Set<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    @Override
    public String toString() {
        return "KoreanSurnames" + Arrays.toString(forms.toArray());
    }
}
