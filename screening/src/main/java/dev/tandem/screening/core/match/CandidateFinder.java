package dev.tandem.screening.core.match;

import dev.tandem.screening.core.list.EntryType;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names worth comparing with a query: those sharing retrieval keys with it ({@link IndexKeys},
 * {@link KeyIndex}), ranked by the share of the query's weight whose keys they share (a Korean or acronym key counts
 * the whole query). A name that cannot reach the threshold is left out: the token score is at most
 * {@code sqrt(2s / (1 + s))} for a share {@code s} of the query matched (unmatched query tokens count at least half),
 * so a name needs {@code s ≥ r² / (2 - r²)}, where {@code r} is the threshold less what date of birth and nationality
 * may add; a name that reads as a Korean name, which the Korean typo comparison may match with a smaller share when the
 * query does not read as a Korean name, needs only {@value #LOOSE_FACTOR}{@code · r²} then. A query token long enough to match with two typos that finds no name through its
 * keys may still match a name without sharing a key with it, so it counts towards every name's share. Of the rest, the best {@value #CANDIDATES}. Keys shared by more than
 * {@value #COMMON_KEY} names (a very common token) add names only when nothing else is found; otherwise they are only
 * looked up for the names found. Person entries are looked up with the query read as a person name, other
 * entries with it read as an organisation name. Thread-safe: working memory is per thread and shared by all indexes.
 */
final class CandidateFinder {

    static final int CANDIDATES = 32;
    static final int COMMON_KEY = 100;
    static final double LOOSE_FACTOR = 0.5;

    private final KeyIndex postings;
    private final EntryType[] nameType;
    private final boolean[] korean;
    /** One working memory per thread for all indexes, so that swapping indexes leaves nothing behind. */
    private static final ThreadLocal<CandidateScratch> SCRATCH = new ThreadLocal<>();

    /** @param korean per name: whether it reads as a Korean name */
    CandidateFinder(KeyIndex postings, EntryType[] nameType, boolean[] korean) {
        this.postings = postings;
        this.nameType = nameType;
        this.korean = korean;
    }

    /**
     * @param asPerson       the query read as a person name, or null to skip person entries
     * @param asOrganisation the query read as an organisation name, or null to skip other entries
     * @param type           the requested entry type, or null for any
     * @return name ids, most promising first
     */
    int[] find(PreparedName asPerson, PreparedName asOrganisation, EntryType type, double threshold) {
        CandidateScratch s = SCRATCH.get();
        if (s == null || s.capacity() < nameType.length) {
            s = new CandidateScratch(nameType.length);
            SCRATCH.set(s);
        }
        s.reset();
        List<int[]> common = new ArrayList<>();
        float[][] longShares = new float[2][];
        for (PreparedName view : new PreparedName[]{asPerson, asOrganisation}) {
            if (view == null) continue;
            boolean personView = view == asPerson;
            double total = 0;
            for (int i : view.active) total += view.weights[i];
            if (total == 0) continue;
            float[] shares = longShares(view, total);
            longShares[personView ? 0 : 1] = shares;
            for (IndexKeys.Lookup lookup : IndexKeys.queryLookups(view, postings::count)) {
                int slot = postings.find(lookup.key());
                if (slot < 0) continue;
                // a token that finds names through its keys gets no headroom elsewhere
                if (lookup.token() >= 0 && lookup.token() < shares.length) shares[lookup.token()] = 0;
                float share = (float) (lookup.weight() / total);
                int length = postings.length(slot);
                if (length > COMMON_KEY) {
                    common.add(new int[]{slot, lookup.token(), Float.floatToIntBits(share), personView ? 1 : 0});
                    continue;
                }
                for (int i = 0; i < length; i++) {
                    int n = postings.name(slot, i);
                    if (accepts(n, personView, type)) s.add(n, lookup.token(), share);
                }
            }
        }
        // a common key adds names only when nothing else was found; otherwise it only counts for the names found
        boolean none = s.size() == 0;
        int found = s.size();
        for (int[] key : common) {
            float share = Float.intBitsToFloat(key[2]);
            if (none) {
                for (int i = 0; i < postings.length(key[0]); i++) {
                    int n = postings.name(key[0], i);
                    if (accepts(n, key[3] == 1, type)) s.add(n, key[1], share);
                }
            } else {
                for (int i = 0; i < found; i++) {
                    int n = s.touched(i);
                    if (accepts(n, key[3] == 1, type) && postings.contains(key[0], n)) s.add(n, key[1], share);
                }
            }
        }
        // profile adjustments may add up to +0.05, so the name score must reach the threshold less that
        double reach = Math.max(0, threshold - ProfileAdjustments.MAX_RAISE);
        float strict = (float) (reach * reach / (2 - reach * reach));
        float loose = (float) (LOOSE_FACTOR * reach * reach);
        // only a query that does not read as a Korean name can match a Korean name through the Korean typo comparison
        boolean unreadable = asPerson != null && asPerson.readings.isEmpty();
        return s.top(CANDIDATES, (name, score, tokens) -> {
            float bar = unreadable && korean[name] ? loose : strict;
            if (score >= bar) return true;
            float[] shares = longShares[nameType[name] == EntryType.PERSON ? 0 : 1];
            if (shares != null) for (int i = 0; i < shares.length; i++) if ((tokens & (1L << i)) == 0) score += shares[i];
            return score >= bar;
        });
    }

    /**
     * Per query token (the first 32): its share of the query weight if it is long enough to match with two typos
     * ({@link TokenSimilarity#allowedEdits}) and so may match a name without sharing a key with it; else 0.
     */
    private static float[] longShares(PreparedName view, double total) {
        float[] shares = new float[Math.min(32, view.tokens.size())];
        for (int i : view.active) {
            if (i < shares.length && TokenSimilarity.allowedEdits(view.tokens.get(i).length()) >= 2) {
                shares[i] = (float) (view.weights[i] / total);
            }
        }
        return shares;
    }

    private boolean accepts(int name, boolean personView, EntryType type) {
        EntryType entryType = nameType[name];
        return (entryType == EntryType.PERSON) == personView && (type == null || entryType == type);
    }
}
