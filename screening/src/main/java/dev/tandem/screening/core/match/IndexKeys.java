package dev.tandem.screening.core.match;

import dev.tandem.screening.core.name.korean.HangulSyllables;
import dev.tandem.screening.core.name.korean.KoreanReading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The retrieval keys of names, shared by the index (entry side) and the query. Entry keys: each counted token
 * ({@code t:}), its one-letter deletions ({@code d:}) for tokens of four or more letters, runs of two or three
 * adjacent tokens written as one ({@code t:}), Korean keys ({@code k:} surname id and a coarse class of the first
 * given-name syllable) and acronyms ({@code a:}). Query keys are the matching look-ups: the token, its deletions in
 * both namespaces (edit distance one), the halves of a long token (a joined name), joined query tokens, Korean keys and
 * the token as an acronym. Keys only find candidates; the comparison decides.
 */
final class IndexKeys {

    private static final int MIN_DELETION_LENGTH = 4;
    /** Namespace of word keys: tokens, their one-letter deletions and joined tokens. */
    private static final String WORD = "w:";
    static final int COMMON_WORD = 50;
    private static final int MAX_JOIN_DELETION_LENGTH = 8;
    private static final int MIN_SPLIT_LENGTH = 8;
    /** Halves of a split token shorter than this ("gul", "cha") would find too many unrelated names. */
    private static final int MIN_HALF = 4;

    private IndexKeys() {
    }

    /** Keys under which an entry name is filed. */
    static Set<String> entryKeys(PreparedName name) {
        Set<String> keys = new LinkedHashSet<>();
        List<Integer> active = active(name);
        for (int i : active) {
            String token = name.tokens.get(i);
            keys.add(WORD + token);
            if (isLatinWord(token) && token.length() >= MIN_DELETION_LENGTH) deletions(token, d -> keys.add(WORD + d));
        }
        joins(name, active, joined -> {
            keys.add(WORD + joined);
            // a joined given name with a typo ("Jesno" for "Je Son") is found through the deletions of the join
            if (joined.length() <= MAX_JOIN_DELETION_LENGTH && isLatinWord(joined)) deletions(joined, d -> keys.add(WORD + d));
        });
        koreanKeys(name.readings, keys::add);
        for (String acronym : name.acronyms) keys.add("a:" + acronym);
        return keys;
    }

    /**
     * A look-up key of a query: the key's fingerprint ({@link KeyIndex}), the slot it counts in (a query token index;
     * joins count in their own slot, token index + 32; -1 for whole-name keys, which count the whole query) and the
     * query weight it stands for.
     */
    record Lookup(long key, int token, double weight) {
    }

    /**
     * @param filed how many names the index holds under a key fingerprint: a token found whole is not split, and a
     *              token found in {@value #COMMON_WORD} names or more ("trading", "korea") is not looked up letter by
     *              letter, since its deletions would find the same names again
     */
    static List<Lookup> queryLookups(PreparedName name, java.util.function.LongToIntFunction filed) {
        List<Lookup> out = new ArrayList<>(64);
        int[] active = name.active;
        double total = 0;
        for (int i : active) total += name.weights[i];
        for (int i : active) {
            String token = name.tokens.get(i);
            double w = name.weights[i];
            String word = WORD + token;
            long whole = KeyIndex.fingerprint(word);
            out.add(new Lookup(whole, i, w));
            if (!isLatinWord(token)) continue;
            int found = filed.applyAsInt(whole);
            if (token.length() >= MIN_DELETION_LENGTH && found < COMMON_WORD) {
                for (int d = WORD.length(); d < word.length(); d++) {
                    if (d > WORD.length() && word.charAt(d) == word.charAt(d - 1)) continue;
                    out.add(new Lookup(KeyIndex.fingerprint(word, 0, word.length(), d), i, w));
                }
            }
            if (token.length() >= MIN_SPLIT_LENGTH && found == 0) {
                for (int p = MIN_HALF; p <= token.length() - MIN_HALF; p++) {
                    out.add(new Lookup(KeyIndex.fingerprint(WORD + token.substring(0, p)), i, w));
                    out.add(new Lookup(KeyIndex.fingerprint(WORD + token.substring(p)), i, w));
                }
            }
        }
        for (int s = 0; s < active.length; s++) {
            StringBuilder joined = new StringBuilder(WORD).append(name.tokens.get(active[s]));
            double w = name.weights[active[s]];
            for (int len = 2; len <= 3 && s + len <= active.length; len++) {
                int last = active[s + len - 1];
                if (last != active[s] + len - 1) break;
                joined.append(name.tokens.get(last));
                w += name.weights[last];
                if (joined.length() >= WORD.length() + 4) out.add(new Lookup(KeyIndex.fingerprint(joined), active[s] + 32, w));
            }
        }
        final double all = total;
        koreanKeys(name.readings, key -> out.add(new Lookup(KeyIndex.fingerprint(key), -1, all)));
        if (active.length == 1) out.add(new Lookup(KeyIndex.fingerprint("a:" + name.tokens.get(active[0])), -1, all));
        return out;
    }

    private static void joins(PreparedName name, List<Integer> active, Consumer<String> sink) {
        for (int s = 0; s < active.size(); s++) {
            StringBuilder joined = new StringBuilder(name.tokens.get(active.get(s)));
            for (int len = 2; len <= 3 && s + len <= active.size(); len++) {
                int last = active.get(s + len - 1);
                if (last != active.get(s) + len - 1) break;
                joined.append(name.tokens.get(last));
                if (joined.length() >= 4) sink.accept(joined.toString());
            }
        }
    }

    /**
     * Surname id with the coarse classes of all given-name syllables (the first after the initial-sound rule), one key
     * per combination. Two readings that the Korean comparison can find equal always share a key, because the classes
     * are computed from the syllables' Hangul sets and equal names have as many syllables.
     */
    private static void koreanKeys(List<KoreanReading> readings, Consumer<String> sink) {
        for (KoreanReading reading : readings) {
            if (reading.given().isEmpty()) continue;
            List<String> suffixes = List.of("");
            for (int i = 0; i < reading.given().size(); i++) {
                char[] syllables = i == 0 ? reading.given().get(0).southHangul() : reading.given().get(i).hangul();
                Set<Integer> classes = new LinkedHashSet<>();
                for (char s : syllables) classes.add(syllableClass(s));
                List<String> extended = new ArrayList<>();
                for (String prefix : suffixes) for (int c : classes) extended.add(prefix + "." + c);
                suffixes = extended;
            }
            for (int surname : reading.family().surnames()) {
                for (String suffix : suffixes) sink.accept("k:" + surname + suffix);
            }
        }
    }

    /** Initial consonant class and final consonant class; vowels are left out, since romanisations blur them. */
    static int syllableClass(char syllable) {
        int initial = HangulSyllables.initial(syllable);
        int coda = HangulSyllables.coda(syllable);
        return INITIAL_CLASS[initial] * 8 + CODA_CLASS[coda];
    }

    /** ㄱㄲㅋ, ㄴ, ㄷㄸㅌ, ㄹ, ㅁ, ㅂㅃㅍ, ㅅㅆ, ㅇ, ㅈㅉㅊ, ㅎ */
    private static final int[] INITIAL_CLASS = {0, 0, 1, 2, 2, 3, 4, 5, 5, 6, 6, 7, 8, 8, 8, 0, 2, 5, 9};
    /** none; k-like; n; t-like; l; m; p-like; ng */
    private static final int[] CODA_CLASS =
            {0, 1, 1, 1, 2, 2, 2, 3, 4, 1, 5, 4, 4, 4, 6, 4, 5, 6, 6, 3, 3, 7, 3, 3, 1, 3, 6, 3};

    private static void deletions(String token, Consumer<String> sink) {
        for (int i = 0; i < token.length(); i++) {
            if (i > 0 && token.charAt(i) == token.charAt(i - 1)) continue;
            sink.accept(token.substring(0, i) + token.substring(i + 1));
        }
    }

    private static List<Integer> active(PreparedName name) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < name.roles.length; i++) if (!name.roles[i].ignored()) out.add(i);
        return out;
    }

    private static boolean isLatinWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
