package dev.tandem.screening.core.match;

import java.util.List;
import java.util.Map;

/**
 * The postings of the screening index: retrieval key → names, stored by a 64-bit fingerprint of the key in an
 * open-addressing table with one flat array of name ids, so that a look-up is one or two array probes and builds no
 * string. Two keys with the same fingerprint (about one chance in 10^9 for the index of the UN and OFAC lists) only
 * make a spurious candidate, which the comparison then rejects. Immutable once built.
 */
final class KeyIndex {

    private static final long EMPTY = 0L;

    private final long[] keys;
    private final int[] starts;
    private final int[] lengths;
    private final int[] names;
    private final int mask;
    private final int size;

    KeyIndex(Map<String, List<Integer>> postings) {
        this(builder(postings));
    }

    private static Builder builder(Map<String, List<Integer>> postings) {
        Builder builder = new Builder();
        for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
            long key = fingerprint(e.getKey());
            for (int id : e.getValue()) builder.add(key, id);
        }
        return builder;
    }

    private KeyIndex(Builder b) {
        int capacity = Integer.highestOneBit(Math.max(4, b.size * 2 - 1)) << 1;
        keys = new long[capacity];
        starts = new int[capacity];
        lengths = new int[capacity];
        mask = capacity - 1;
        names = new int[b.nodes];
        int next = 0;
        for (int s = 0; s < b.keys.length; s++) {
            long key = b.keys[s];
            if (key == EMPTY) continue;
            int slot = slot(key);
            while (keys[slot] != EMPTY) slot = (slot + 1) & mask;
            keys[slot] = key;
            starts[slot] = next;
            lengths[slot] = b.counts[s];
            // the builder chains each key's names newest first; file them in the order added
            int end = next + b.counts[s];
            for (int node = b.heads[s], i = end - 1; node >= 0; node = b.nextNode[node], i--) names[i] = b.nodeName[node];
            next = end;
        }
        size = b.size;
    }

    /**
     * Collects key fingerprints and the names filed under them, in the order added; a name added twice under the same
     * key in a row is kept once. Not thread-safe.
     */
    static final class Builder {
        private long[] keys = new long[1 << 16];
        private int[] heads = new int[1 << 16];
        private int[] counts = new int[1 << 16];
        private int[] nodeName = new int[1 << 18];
        private int[] nextNode = new int[1 << 18];
        private int size, nodes;

        void add(long key, int name) {
            if (size * 2 >= keys.length) grow();
            int mask = keys.length - 1;
            int slot = (int) (key ^ (key >>> 29)) & mask;
            while (keys[slot] != EMPTY && keys[slot] != key) slot = (slot + 1) & mask;
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                heads[slot] = -1;
                size++;
            } else if (nodeName[heads[slot]] == name) {
                return;
            }
            if (nodes == nodeName.length) {
                nodeName = java.util.Arrays.copyOf(nodeName, nodes * 2);
                nextNode = java.util.Arrays.copyOf(nextNode, nodes * 2);
            }
            nodeName[nodes] = name;
            nextNode[nodes] = heads[slot];
            heads[slot] = nodes++;
            counts[slot]++;
        }

        void add(String key, int name) {
            add(fingerprint(key), name);
        }

        KeyIndex build() {
            return new KeyIndex(this);
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldHeads = heads, oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            heads = new int[keys.length];
            counts = new int[keys.length];
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] == EMPTY) continue;
                int slot = (int) (oldKeys[s] ^ (oldKeys[s] >>> 29)) & mask;
                while (keys[slot] != EMPTY) slot = (slot + 1) & mask;
                keys[slot] = oldKeys[s];
                heads[slot] = oldHeads[s];
                counts[slot] = oldCounts[s];
            }
        }
    }

    int size() {
        return size;
    }

    /** The slot of a key's postings, or -1 if the key is not filed. */
    int find(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) return slot;
            if (k == EMPTY) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /** How many names are filed under a key; 0 if none. */
    int count(long key) {
        int slot = find(key);
        return slot < 0 ? 0 : lengths[slot];
    }

    int length(int slot) {
        return lengths[slot];
    }

    /** Whether a name is filed under the key in this slot (names are filed in ascending order). */
    boolean contains(int slot, int name) {
        return java.util.Arrays.binarySearch(names, starts[slot], starts[slot] + lengths[slot], name) >= 0;
    }

    int name(int slot, int i) {
        return names[starts[slot] + i];
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }

    /** 64-bit FNV-1a of the characters, finished with a mixer; never 0. */
    static long fingerprint(CharSequence text) {
        return fingerprint(text, 0, text.length(), -1);
    }

    /** The fingerprint of {@code text[from, to)} without the character at {@code skip} (-1 for none). */
    static long fingerprint(CharSequence text, int from, int to, int skip) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            if (i == skip) continue;
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return finish(h);
    }

    /** Continues a fingerprint state over more characters (used for joined tokens). */
    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
