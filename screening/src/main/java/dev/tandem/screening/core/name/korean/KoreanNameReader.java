package dev.tandem.screening.core.name.korean;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads normalised name tokens as a Korean name: a family name (a {@link KoreanSurnames} entry) at the start or at the
 * end, and one to three given-name syllables in the remaining tokens, joined ("Yongho"), hyphenated (already split
 * by the analyser) or separate ("Yong Ho"). Hangul is read syllable by syllable ("리용호" → 리 + 용, 호; a two-syllable
 * surname such as 남궁 is recognised). A name may have several readings (family name first or last, several splits of
 * a joined given name); all are returned, at most {@link #MAX_READINGS}.
 * <p>
 * Returns no reading for names that have other tokens (titles, particles, a fourth syllable) or no family name at
 * either end: those are left to the general matcher.
 */
public final class KoreanNameReader {

    public static final int MAX_GIVEN_SYLLABLES = 3;
    public static final int MAX_READINGS = 8;
    private static final KoreanNameReader STANDARD =
            new KoreanNameReader(SyllableInventory.standard(), KoreanSurnames.standard());

    private final SyllableInventory inventory;
    private final KoreanSurnames surnames;
    private final SyllableSegmenter segmenter;

    public KoreanNameReader(SyllableInventory inventory, KoreanSurnames surnames) {
        this.inventory = inventory;
        this.surnames = surnames;
        this.segmenter = new SyllableSegmenter(inventory);
    }

    public static KoreanNameReader standard() {
        return STANDARD;
    }

    public List<KoreanReading> read(List<String> tokens) {
        List<KoreanReading> readings = new ArrayList<>();
        if (tokens.isEmpty() || tokens.size() > MAX_GIVEN_SYLLABLES + 1) return readings;
        if (tokens.size() == 1) {
            readJoinedHangul(tokens.get(0), readings);
            return readings;
        }
        readWithFamilyAt(tokens, 0, true, readings);
        readWithFamilyAt(tokens, tokens.size() - 1, false, readings);
        return readings;
    }

    /** "리용호", "남궁민": family name and given name in one Hangul word. */
    private void readJoinedHangul(String token, List<KoreanReading> readings) {
        if (!HangulSyllables.isHangulWord(token)) return;
        for (int familyLength = Math.min(surnames.longestHangul(), token.length() - 1); familyLength >= 1; familyLength--) {
            String familyText = token.substring(0, familyLength);
            int[] ids = surnames.ofHangul(familyText);
            int givenLength = token.length() - familyLength;
            if (ids.length == 0 || givenLength > MAX_GIVEN_SYLLABLES) continue;
            KoreanFamilyName family = new KoreanFamilyName(familyText, ids, hangulSet(familyText), true, 0);
            List<KoreanSyllable> given = new ArrayList<>();
            for (int i = familyLength; i < token.length(); i++) given.add(hangulSyllable(token.charAt(i), 0));
            readings.add(new KoreanReading(family, given, true));
        }
    }

    private void readWithFamilyAt(List<String> tokens, int familyIndex, boolean familyFirst, List<KoreanReading> out) {
        KoreanFamilyName family = family(tokens.get(familyIndex), familyIndex);
        if (family == null) return;
        List<List<KoreanSyllable>> givens = new ArrayList<>();
        givens.add(List.of());
        for (int t = 0; t < tokens.size(); t++) {
            if (t == familyIndex) continue;
            List<List<KoreanSyllable>> splits = syllables(tokens.get(t), t);
            if (splits.isEmpty()) return;
            List<List<KoreanSyllable>> extended = new ArrayList<>();
            for (List<KoreanSyllable> prefix : givens) {
                for (List<KoreanSyllable> split : splits) {
                    if (prefix.size() + split.size() > MAX_GIVEN_SYLLABLES) continue;
                    List<KoreanSyllable> joined = new ArrayList<>(prefix);
                    joined.addAll(split);
                    if (extended.size() < MAX_READINGS) extended.add(joined);
                }
            }
            if (extended.isEmpty()) return;
            givens = extended;
        }
        for (List<KoreanSyllable> given : givens) {
            if (out.size() < MAX_READINGS) out.add(new KoreanReading(family, given, familyFirst));
        }
    }

    private KoreanFamilyName family(String token, int index) {
        if (HangulSyllables.isHangulWord(token)) {
            int[] ids = surnames.ofHangul(token);
            return ids.length == 0 ? null : new KoreanFamilyName(token, ids, hangulSet(token), true, index);
        }
        int[] ids = surnames.ofLatin(token);
        return ids.length == 0 ? null : new KoreanFamilyName(token, ids, inventory.hangul(token), false, index);
    }

    private List<List<KoreanSyllable>> syllables(String token, int index) {
        List<List<KoreanSyllable>> out = new ArrayList<>();
        if (HangulSyllables.isHangulWord(token)) {
            if (token.length() > MAX_GIVEN_SYLLABLES) return out;
            List<KoreanSyllable> split = new ArrayList<>();
            for (int i = 0; i < token.length(); i++) split.add(hangulSyllable(token.charAt(i), index));
            out.add(split);
            return out;
        }
        for (List<String> parts : segmenter.segment(token, MAX_GIVEN_SYLLABLES, 4)) {
            List<KoreanSyllable> split = new ArrayList<>(parts.size());
            for (String part : parts) split.add(new KoreanSyllable(part, inventory.hangul(part), false, index));
            out.add(split);
        }
        return out;
    }

    private static KoreanSyllable hangulSyllable(char c, int token) {
        return new KoreanSyllable(String.valueOf(c), new char[]{c}, true, token);
    }

    private static char[] hangulSet(String hangul) {
        return hangul.length() == 1 ? new char[]{hangul.charAt(0)} : new char[0];
    }
}
