package dev.tandem.screening.core.name.korean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a joined romanised word into Korean syllables by dynamic programming over the {@link SyllableInventory}:
 * "yongho" → [yong, ho]; "chunil" → [chun, il] and [chu, nil]. Returns every split (fewest syllables first, then in
 * reading order) up to a limit.
 * <p>
 * Leaves the decision between several splits to the caller; returns no split for a word that is not entirely made
 * of romanised syllables ("smith"), and only lower-case ASCII letters are considered.
 */
public final class SyllableSegmenter {

    private final SyllableInventory inventory;

    public SyllableSegmenter(SyllableInventory inventory) {
        this.inventory = inventory;
    }

    /**
     * @param word      lower-case Latin letters
     * @param maxParts  the most syllables a split may have
     * @param limit     the most splits returned
     */
    public List<List<String>> segment(String word, int maxParts, int limit) {
        if (maxParts < 1 || limit < 1) throw new IllegalArgumentException("maxParts and limit must be positive");
        List<List<String>> out = new ArrayList<>();
        if (word.isEmpty()) return out;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') return out;
        }
        // reachable[i]: fewest syllables needed to cover word[i..]; MAX when impossible
        int n = word.length();
        int[] fewest = new int[n + 1];
        fewest[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            fewest[i] = Integer.MAX_VALUE;
            for (int len = 1; len <= inventory.longestSpelling() && i + len <= n; len++) {
                if (fewest[i + len] != Integer.MAX_VALUE && inventory.isSyllable(word.substring(i, i + len))) {
                    fewest[i] = Math.min(fewest[i], fewest[i + len] + 1);
                }
            }
        }
        if (fewest[0] > maxParts) return out;
        collect(word, 0, maxParts, fewest, new ArrayList<>(), out, limit * 4);
        out.sort(Comparator.comparingInt(List::size));
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    private void collect(String word, int from, int partsLeft, int[] fewest, List<String> prefix,
                         List<List<String>> out, int cap) {
        if (out.size() >= cap) return;
        if (from == word.length()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int len = Math.min(inventory.longestSpelling(), word.length() - from); len >= 1; len--) {
            int next = from + len;
            if (fewest[next] == Integer.MAX_VALUE || fewest[next] + 1 > partsLeft) continue;
            String part = word.substring(from, next);
            if (!inventory.isSyllable(part)) continue;
            prefix.add(part);
            collect(word, next, partsLeft - 1, fewest, prefix, out, cap);
            prefix.remove(prefix.size() - 1);
        }
    }
}
