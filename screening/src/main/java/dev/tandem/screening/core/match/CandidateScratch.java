package dev.tandem.screening.core.match;

import java.util.Arrays;

/**
 * Per-thread working memory of candidate retrieval: a score per name, which query tokens already counted for it, and
 * the list of names touched, so that a query costs what it touches, not the size of the index.
 */
final class CandidateScratch {

    private final float[] score;
    private final long[] tokens;
    private final int[] touched;
    private int size;

    CandidateScratch(int names) {
        score = new float[names];
        tokens = new long[names];
        touched = new int[names];
    }

    void reset() {
        for (int i = 0; i < size; i++) {
            score[touched[i]] = 0;
            tokens[touched[i]] = 0;
        }
        size = 0;
    }

    int size() {
        return size;
    }

    /** How many names it can hold. */
    int capacity() {
        return score.length;
    }

    /** The i-th name touched. */
    int touched(int i) {
        return touched[i];
    }

    /** Counts a key for a name, once per query token (token -1: whole-name keys, always counted). */
    void add(int name, int token, float weight) {
        if (score[name] == 0 && tokens[name] == 0) touched[size++] = name;
        count(name, token, weight);
    }

    private void count(int name, int token, float weight) {
        if (token >= 0) {
            long bit = 1L << Math.min(token, 62);
            if ((tokens[name] & bit) != 0) return;
            tokens[name] |= bit;
        } else {
            tokens[name] |= 1L << 63;
        }
        score[name] += weight;
    }

    /** Whether a name can still reach the threshold, given its score and which query tokens counted for it. */
    @FunctionalInterface
    interface Eligibility {
        boolean test(int name, float score, long tokens);

        static Eligibility atLeast(float minimum) {
            return (name, score, tokens) -> score >= minimum;
        }
    }

    /** The eligible names with the highest scores, at most {@code limit}. */
    int[] top(int limit, Eligibility eligible) {
        long[] packed = new long[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int name = touched[i];
            if (!eligible.test(name, score[name], tokens[name])) continue;
            packed[n++] = ((long) Float.floatToIntBits(score[name]) << 32) | (0xFFFFFFFFL & ~name);
        }
        Arrays.sort(packed, 0, n);
        int count = Math.min(limit, n);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = ~(int) packed[n - 1 - i];
        return out;
    }
}
