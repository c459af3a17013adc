package dev.tandem.bench;

import dev.tandem.screening.core.name.korean.HangulRomaniser;
import dev.tandem.screening.core.name.korean.HangulSyllables;
import dev.tandem.screening.core.name.korean.KoreanSurnames;
import dev.tandem.screening.core.name.korean.SyllableInventory;
import dev.tandem.screening.core.name.korean.SyllableSegmenter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a romanised North Korean name of the UN list in Hangul, for the variant set: the UN list carries no Hangul
 * for DPRK entries. A spelling stands for several syllables ("chol": 철, 절, 졸, 촐); the guess uses what the list's
 * McCune–Reischauer apostrophes say (aspiration after a consonant, a breve after a vowel: "CH'O'L" is 철, "CHO'NG" is
 * 정), prefers syllables of which the spelling is the Revised or McCune–Reischauer one over a customary one
 * ("chung" is 중 rather than 정) and otherwise the most frequent given-name syllable ({@code given-name-syllables.txt}). The result is a plausible
 * Hangul spelling of the name, not a verified identity.
 */
final class HangulGuess {

    private static final String ASPIRATES = "ㅊㅋㅌㅍ";
    /** A customary spelling ("sung" for 성) counts against a syllable like this many places of frequency rank. */
    private static final int CUSTOMARY_PENALTY = 100;

    private final SyllableInventory inventory = SyllableInventory.standard();
    private final KoreanSurnames surnames = KoreanSurnames.standard();
    private final SyllableSegmenter segmenter = new SyllableSegmenter(inventory);
    private final HangulRomaniser romaniser = HangulRomaniser.standard();
    private final Map<Character, Integer> rank = new HashMap<>();

    HangulGuess() {
        try (InputStream in = HangulGuess.class.getResourceAsStream("given-name-syllables.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String s : line.strip().split("\\s+")) if (!s.isEmpty()) rank.putIfAbsent(s.charAt(0), rank.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The North Korean Hangul of a family name ("RI" → 리, "PAK" → 박), or null if it is no known surname. In a name
     * written in strict McCune–Reischauer, a "ch", "k", "t" or "p" without apostrophe is unaspirated ("CHU" → 주).
     */
    String family(String raw, boolean strictMr) {
        String plain = plain(raw);
        boolean unaspirated = strictMr && "ckpt".indexOf(plain.isEmpty() ? ' ' : plain.charAt(0)) >= 0
                && !raw.replace('’', '\'').matches("(?i)^(ch|k|t|p)'.*");
        int best = -1, bestPosition = Integer.MAX_VALUE;
        for (int id : surnames.ofLatin(plain)) {
            if (unaspirated && ASPIRATES.indexOf(initialJamo(surnames.forms(id).get(0).charAt(0))) >= 0) continue;
            List<String> spellings = surnames.spellings(id);
            for (int i = 0; i < spellings.size(); i++) {
                if (plain(spellings.get(i)).equals(plain) && i < bestPosition) {
                    best = id;
                    bestPosition = i;
                }
            }
            if (best < 0) best = id;
        }
        if (best < 0) return null;
        char[] direct = inventory.hangul(plain);
        for (String form : surnames.forms(best)) {
            if (form.length() == 1 && java.util.Arrays.binarySearch(direct, form.charAt(0)) >= 0) return form;
        }
        return surnames.forms(best).get(0);
    }

    /**
     * The Hangul of the given-name tokens ("WON", "HO" or "HO-JIN"), or null if a part is no Korean syllable.
     *
     * @param strictMr the name uses McCune–Reischauer apostrophes, so that their absence also means something
     */
    String given(List<String> rawTokens, boolean strictMr) {
        StringBuilder out = new StringBuilder();
        for (String token : rawTokens) {
            for (String piece : token.split("-")) {
                String syllables = word(piece, strictMr);
                if (syllables == null) return null;
                out.append(syllables);
            }
        }
        return out.length() == 0 || out.length() > 3 ? null : out.toString();
    }

    private String word(String raw, boolean strictMr) {
        String lower = fold(raw).toLowerCase(Locale.ROOT).replace('’', '\'');
        StringBuilder plain = new StringBuilder();
        List<Boolean> marked = new ArrayList<>();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'') {
                if (!marked.isEmpty()) marked.set(marked.size() - 1, true);
            } else if (c >= 'a' && c <= 'z') {
                plain.append(c);
                marked.add(false);
            }
        }
        List<List<String>> splits = segmenter.segment(plain.toString(), 3, 1);
        if (splits.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        int offset = 0;
        for (String part : splits.get(0)) {
            Character c = syllable(part, marked.subList(offset, offset + part.length()), strictMr);
            if (c == null) return null;
            out.append(c);
            offset += part.length();
        }
        return out.toString();
    }

    /** Chooses one Hangul syllable for a romanised one, honouring apostrophes, then frequency. */
    private Character syllable(String part, List<Boolean> marks, boolean strictMr) {
        int firstVowel = 0;
        while (firstVowel < part.length() && "aeiouwy".indexOf(part.charAt(firstVowel)) < 0) firstVowel++;
        boolean aspirated = false, breve = false;
        for (int i = 0; i < part.length(); i++) {
            if (!marks.get(i)) continue;
            if (i < firstVowel) aspirated = true;
            else breve = true;
        }
        boolean hasO = part.indexOf('o') >= 0, hasU = part.indexOf('u') >= 0;
        Character best = null;
        int bestRank = Integer.MAX_VALUE;
        for (char s : inventory.hangul(part)) {
            int tier = standardSpellings(s).contains(part) ? 0 : 1;
            if (HangulSyllables.coda(s) != 0 && !isNameFinal(HangulSyllables.coda(s))) continue;
            boolean isAspirate = ASPIRATES.indexOf(initialJamo(s)) >= 0;
            if (strictMr && firstVowel > 0 && "ckpt".indexOf(part.charAt(0)) >= 0 && isAspirate != aspirated) continue;
            int vowel = HangulSyllables.vowel(s);
            boolean breveVowel = vowel == 4 || vowel == 6 || vowel == 14 || vowel == 18 || vowel == 19;
            if (strictMr && (hasO || hasU) && breveVowel != breve) continue;
            int r = tier * CUSTOMARY_PENALTY + rank.getOrDefault(s, 10_000 + s);
            if (r < bestRank) {
                best = s;
                bestRank = r;
            }
        }
        return best;
    }

    /** Revised and McCune–Reischauer spellings (MR voiced and unvoiced), not customary ones: "sung" is not 성's. */
    private List<String> standardSpellings(char s) {
        String rr = romaniser.revised("김" + s);
        String voiced = romaniser.mccuneReischauer("김아" + s, false);
        String unvoiced = romaniser.mccuneReischauer("김악" + s, false);
        return List.of(plain(rr.substring(rr.indexOf(' ') + 1)), plain(voiced.substring(voiced.indexOf('-') + 1)),
                plain(unvoiced.substring(unvoiced.indexOf('-') + 1)));
    }

    /** Finals that occur in names: none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ. */
    private static boolean isNameFinal(int coda) {
        return coda == 1 || coda == 4 || coda == 8 || coda == 16 || coda == 17 || coda == 19 || coda == 21;
    }

    private static char initialJamo(char syllable) {
        return "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".charAt(HangulSyllables.initial(syllable));
    }

    private static String plain(String raw) {
        return fold(raw).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
