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
    private static final int MIN_SPLIT_LENGTH = 6;

    private IndexKeys() {
    }

    /** Keys under which an entry name is filed. */
    static Set<String> entryKeys(PreparedName name) {
        Set<String> keys = new LinkedHashSet<>();
        List<Integer> active = active(name);
        for (int i : active) {
            String token = name.tokens.get(i);
            keys.add("t:" + token);
            if (isLatinWord(token) && token.length() >= MIN_DELETION_LENGTH) deletions(token, d -> keys.add("d:" + d));
        }
        joins(name, active, joined -> keys.add("t:" + joined));
        koreanKeys(name.readings, keys::add);
        for (String acronym : name.acronyms) keys.add("a:" + acronym);
        return keys;
    }

    /** A look-up key of a query with the index of the query token it came from (-1 for whole-name keys). */
    record Lookup(String key, int token) {
    }

    static List<Lookup> queryLookups(PreparedName name) {
        List<Lookup> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Integer> active = active(name);
        for (int i : active) {
            String token = name.tokens.get(i);
            add(out, seen, "t:" + token, i);
            if (!isLatinWord(token)) continue;
            if (token.length() >= MIN_DELETION_LENGTH - 1) add(out, seen, "d:" + token, i);
            if (token.length() >= MIN_DELETION_LENGTH) {
                final int t = i;
                deletions(token, d -> {
                    add(out, seen, "t:" + d, t);
                    add(out, seen, "d:" + d, t);
                });
            }
            if (token.length() >= MIN_SPLIT_LENGTH) {
                for (int p = 2; p <= token.length() - 2; p++) {
                    add(out, seen, "t:" + token.substring(0, p), i);
                    add(out, seen, "t:" + token.substring(p), i);
                }
            }
        }
        joins(name, active, joined -> add(out, seen, "t:" + joined, -1));
        koreanKeys(name.readings, key -> add(out, seen, key, -1));
        if (active.size() == 1) add(out, seen, "a:" + name.tokens.get(active.get(0)), -1);
        return out;
    }

    private static void add(List<Lookup> out, Set<String> seen, String key, int token) {
        if (seen.add(key)) out.add(new Lookup(key, token));
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
     * Surname id with each coarse class of the first given-name syllable (after the initial-sound rule). Two readings
     * that the Korean comparison can find equal always share a key, because the classes are computed from the
     * syllables' Hangul sets.
     */
    private static void koreanKeys(List<KoreanReading> readings, Consumer<String> sink) {
        for (KoreanReading reading : readings) {
            if (reading.given().isEmpty()) continue;
            Set<Integer> classes = new LinkedHashSet<>();
            for (char s : reading.given().get(0).southHangul()) classes.add(syllableClass(s));
            for (int surname : reading.family().surnames()) {
                for (int c : classes) sink.accept("k:" + surname + ":" + c);
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
