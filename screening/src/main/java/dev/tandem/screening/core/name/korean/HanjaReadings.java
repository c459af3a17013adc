package dev.tandem.screening.core.name.korean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean readings of Hanja (Chinese characters as written in Korean names), from the kHangul field of Unicode's Unihan
 * database ({@code hanja-readings.tsv}, the field as published for every character that has one; how it was made:
 * README.md in this folder). "金正恩" reads "김정은", "李英浩" reads "리영호".
 * <p>
 * A character's readings are ordered as a name is most likely read: first those Unihan marks as readings for
 * personal names (source tag N, 인명용 한자: 金 → 김 before 금, 車 → 차 before 거), then those of the basic
 * educational Hanja (E), then the others. A reading that is only the South Korean initial-sound form of another
 * reading of the same character (李 리/이, 龍 룡/용) is dropped: the name keeps the original sound, as North Korean
 * spelling does, and {@link InitialSoundRule} gives the South form where the rest of the Korean name handling applies
 * it (family name and first given-name syllable), so 李 matches 리, 이, Ri, Lee and Yi alike.
 * Immutable and thread-safe.
 */
public final class HanjaReadings {

    private static final HanjaReadings STANDARD = new HanjaReadings(Tsv.read("hanja-readings.tsv", 3));

    private final Map<Integer, List<String>> readings = new HashMap<>();

    private HanjaReadings(List<String[]> rows) {
        for (String[] row : rows) {
            int hanja = row[1].codePointAt(0);
            readings.put(hanja, ordered(row[2]));
        }
    }

    public static HanjaReadings standard() {
        return STANDARD;
    }

    /** Number of characters with a reading. */
    public int size() {
        return readings.size();
    }

    /** The Hangul readings of one character, the most likely in a name first; empty if it has none. */
    public List<String> of(int codePoint) {
        List<String> found = readings.get(codePoint);
        if (found == null && isHan(codePoint)) {
            // a compatibility ideograph without a reading of its own reads as its unified ideograph
            String unified = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
            if (unified.codePointCount(0, unified.length()) == 1) found = readings.get(unified.codePointAt(0));
        }
        return found == null ? List.of() : found;
    }

    /**
     * The name with every Han character replaced by a Hangul reading: the most likely reading of each first, then
     * readings that change one character at a time, at most {@code max} texts. Other characters stay as they are.
     * Empty if the name has no Han character, or one without a Korean reading (a simplified Chinese character, for
     * instance: such a name is read only as pinyin).
     */
    public List<String> read(String name, int max) {
        List<Integer> positions = new ArrayList<>();
        List<List<String>> options = new ArrayList<>();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (isHan(cp)) {
                List<String> found = of(cp);
                if (found.isEmpty()) return List.of();
                positions.add(i);
                options.add(found);
            }
            i += Character.charCount(cp);
        }
        if (positions.isEmpty() || max < 1) return List.of();
        int[] choice = new int[positions.size()];
        Set<String> out = new LinkedHashSet<>();
        out.add(spell(name, positions, options, choice));
        for (int p = 0; p < choice.length && out.size() < max; p++) {
            for (int alternative = 1; alternative < options.get(p).size() && out.size() < max; alternative++) {
                choice[p] = alternative;
                out.add(spell(name, positions, options, choice));
            }
            choice[p] = 0;
        }
        return List.copyOf(out);
    }

    /**
     * Whether the Han characters of the name form one word of two to five characters, as a Korean name in Hanja is
     * written ("金正恩", "南宮民"). Chinese and Japanese names are often written with a space between family and given
     * name ("建平 张", "涼平 村上"); read in Korean they would only add chance matches with Korean names.
     */
    public static boolean isWrittenAsAKoreanName(String name) {
        int runs = 0, length = 0;
        boolean inRun = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean han = isHan(cp);
            if (han && !inRun) runs++;
            if (han) length++;
            inRun = han;
            i += Character.charCount(cp);
        }
        return runs == 1 && length >= 2 && length <= 5;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
    }

    private static String spell(String name, List<Integer> positions, List<List<String>> options, int[] choice) {
        StringBuilder out = new StringBuilder(name.length());
        int copied = 0;
        for (int p = 0; p < positions.size(); p++) {
            int at = positions.get(p);
            out.append(name, copied, at).append(options.get(p).get(choice[p]));
            copied = at + Character.charCount(name.codePointAt(at));
        }
        return out.append(name, copied, name.length()).toString();
    }

    /** "금:0E 김:0N" → [김, 금]: name readings first, then educational, then the rest; South-only forms dropped. */
    private static List<String> ordered(String field) {
        List<String> hangul = new ArrayList<>();
        List<Integer> rank = new ArrayList<>();
        for (String value : field.split(" ")) {
            int colon = value.indexOf(':');
            String reading = colon < 0 ? value : value.substring(0, colon);
            String tags = colon < 0 ? "" : value.substring(colon + 1);
            if (reading.length() != 1 || !HangulSyllables.isSyllable(reading.charAt(0))) continue;
            hangul.add(reading);
            rank.add(tags.contains("N") ? 0 : tags.contains("E") ? 1 : 2);
        }
        for (int i = hangul.size() - 1; i >= 0; i--) {
            for (int k = 0; k < hangul.size(); k++) {
                if (k == i || hangul.get(k).equals(hangul.get(i))) continue;
                if (InitialSoundRule.applyToWord(hangul.get(k)).equals(hangul.get(i))) {
                    rank.set(k, Math.min(rank.get(k), rank.get(i)));
                    hangul.remove(i);
                    rank.remove(i);
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r <= 2; r++) {
            for (int i = 0; i < hangul.size(); i++) if (rank.get(i) == r && !out.contains(hangul.get(i))) out.add(hangul.get(i));
        }
        return List.copyOf(out);
    }
}
