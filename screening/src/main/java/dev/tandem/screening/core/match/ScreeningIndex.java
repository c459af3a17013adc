package dev.tandem.screening.core.match;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.name.AnalysedName;
import dev.tandem.screening.core.name.NameAnalyzer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable, thread-safe index of the names of one or more list versions, and the screening of names against it.
 * Every entry's primary name and aliases are prepared once ({@link NamePreparer}) and filed under retrieval keys
 * ({@link IndexKeys}); a query looks up its own keys, ranks the names found by the weight of the keys they share, and
 * compares only the best {@value #CANDIDATES} of them in full ({@link NameMatcher}). The cost of a query therefore
 * depends on how many names share its keys, not on the size of the lists. Keys shared by more than
 * {@value #COMMON_KEY} names (a very common token) are walked only when nothing else is found.
 * <p>
 * A new list version means a new index: build it and swap the reference.
 */
public final class ScreeningIndex {

    static final int CANDIDATES = 32;
    static final int COMMON_KEY = 100;
    static final double MIN_SHARE = 0.25;
    private static final Pattern SLASH = Pattern.compile("(?<=\\p{L}{2})/(?=\\p{L}{2})");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]*)\\)\\s*");

    private final List<ListSource> sources;
    private final List<ListEntry> entries;
    private final int[] nameEntry;
    private final EntryType[] nameType;
    private final String[] nameText;
    private final PreparedName[] names;
    private final KeyIndex postings;
    private final Map<String, int[]> imoEntries;
    private final NamePreparer preparer;
    private final ThreadLocal<CandidateScratch> scratch;

    private ScreeningIndex(List<ListSource> sources, List<ListEntry> entries, int[] nameEntry, String[] nameText,
                           PreparedName[] names, KeyIndex postings, Map<String, int[]> imoEntries,
                           NamePreparer preparer) {
        this.sources = sources;
        this.entries = entries;
        this.nameEntry = nameEntry;
        this.nameType = new EntryType[nameEntry.length];
        for (int n = 0; n < nameEntry.length; n++) nameType[n] = entries.get(nameEntry[n]).type();
        this.nameText = nameText;
        this.names = names;
        this.postings = postings;
        this.imoEntries = imoEntries;
        this.preparer = preparer;
        this.scratch = ThreadLocal.withInitial(() -> new CandidateScratch(names.length));
    }

    /** Builds the index of all entries of the given list versions. */
    public static ScreeningIndex build(Collection<ListVersion> versions) {
        List<ListSource> sources = new ArrayList<>();
        List<ListEntry> entries = new ArrayList<>();
        for (ListVersion version : versions) {
            for (ListEntry entry : version.entries()) {
                sources.add(version.source());
                entries.add(entry);
            }
        }
        NameAnalyzer analyzer = NameAnalyzer.standard();
        List<Integer> owner = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<AnalysedName> analysed = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Set<Integer>> imo = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            ListEntry entry = entries.get(e);
            Set<String> seen = new HashSet<>();
            Set<String> entryTokens = new HashSet<>();
            for (String text : nameVariants(entry)) {
                AnalysedName name = analyzer.analyse(text);
                if (name.isEmpty() || !seen.add(name.normalised())) continue;
                owner.add(e);
                texts.add(text);
                analysed.add(name);
                entryTokens.addAll(name.tokens());
            }
            for (String token : entryTokens) documentFrequency.merge(token, 1, Integer::sum);
            for (String number : ImoNumbers.normalise(entry.imoNumbers())) {
                imo.computeIfAbsent(number, k -> new LinkedHashSet<>()).add(e);
            }
        }
        NamePreparer preparer = new NamePreparer(new TokenWeights(TokenClasses.standard(), documentFrequency, entries.size()));
        PreparedName[] prepared = new PreparedName[analysed.size()];
        KeyIndex.Builder keys = new KeyIndex.Builder();
        for (int n = 0; n < prepared.length; n++) {
            boolean organisation = entries.get(owner.get(n)).type() != EntryType.PERSON;
            prepared[n] = preparer.prepare(analysed.get(n), organisation);
            for (String key : IndexKeys.entryKeys(prepared[n])) keys.add(key, n);
        }
        KeyIndex postings = keys.build();
        Map<String, int[]> imoEntries = new HashMap<>();
        imo.forEach((number, ids) -> imoEntries.put(number, ids.stream().mapToInt(Integer::intValue).toArray()));
        return new ScreeningIndex(List.copyOf(sources), List.copyOf(entries),
                owner.stream().mapToInt(Integer::intValue).toArray(), texts.toArray(String[]::new), prepared,
                postings, imoEntries, preparer);
    }

    /**
     * The primary name and aliases. A parenthesis also gives the name without it and, if one word, the word alone
     * ("GENERAL BUREAU OF ATOMIC ENERGY (GBAE)"); a slash between two words of two or more letters separates two
     * names ("Al-Qa'ida/Islamic Army"; "J/V" stays).
     */
    private static List<String> nameVariants(ListEntry entry) {
        List<String> out = new ArrayList<>();
        out.add(entry.name());
        for (Alias alias : entry.aliases()) out.add(alias.name());
        for (String name : List.copyOf(out)) {
            String[] parts = SLASH.split(name);
            if (parts.length > 1) for (String part : parts) if (!part.isBlank()) out.add(part.strip());
        }
        List<String> variants = new ArrayList<>(out);
        for (String name : out) {
            Matcher m = PARENTHESIS.matcher(name);
            if (!m.find()) continue;
            variants.add(m.replaceAll(" ").strip());
            m.reset();
            while (m.find()) {
                String inside = m.group(1).strip();
                if (!inside.isEmpty() && !inside.contains(" ")) variants.add(inside);
            }
        }
        return variants;
    }

    public int entryCount() {
        return entries.size();
    }

    /** Names filed: primary names, aliases and their variants. */
    public int nameCount() {
        return names.length;
    }

    /** Number of distinct retrieval keys. */
    public int keyCount() {
        return postings.size();
    }

    /** Screens with {@link NameMatcher#DEFAULT_THRESHOLD}. */
    public List<Hit> screen(NameQuery query) {
        return screen(query, NameMatcher.DEFAULT_THRESHOLD);
    }

    /**
     * Screens one name.
     *
     * @param threshold hits scoring below it are dropped; in [0, 1]
     * @return hits, best first, at most one per entry
     */
    public List<Hit> screen(NameQuery query, double threshold) {
        Objects.requireNonNull(query, "query");
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold outside [0, 1]: " + threshold);
        Map<Integer, Hit> best = new LinkedHashMap<>();
        ImoNumbers.Found imo = ImoNumbers.find(query.name(), query.type() == EntryType.VESSEL);
        for (String number : imo.numbers()) {
            for (int e : imoEntries.getOrDefault(number, new int[0])) best.put(e, imoHit(e, number));
        }
        AnalysedName analysed = preparer.analyse(imo.rest());
        if (!analysed.isEmpty()) {
            EntryType type = query.type();
            PreparedName asPerson = type == null || type == EntryType.PERSON ? preparer.prepare(analysed, false) : null;
            PreparedName asOrganisation = type != EntryType.PERSON ? preparer.prepare(analysed, true) : null;
            // rank candidates by score alone, then explain the ones that are hits
            int[] candidates = candidates(asPerson, asOrganisation, type, threshold);
            int[] bestName = new int[candidates.length];
            double[] bestScore = new double[candidates.length];
            int distinct = 0;
            for (int n : candidates) {
                boolean person = nameType[n] == EntryType.PERSON;
                double score = NameMatcher.compare(person ? asPerson : asOrganisation, names[n], person, false).score();
                int slot = 0;
                while (slot < distinct && nameEntry[bestName[slot]] != nameEntry[n]) slot++;
                if (slot == distinct) {
                    bestName[distinct] = n;
                    bestScore[distinct++] = score;
                } else if (score > bestScore[slot]) {
                    bestName[slot] = n;
                    bestScore[slot] = score;
                }
            }
            for (int k = 0; k < distinct; k++) {
                // profile adjustments add at most +0.05
                if (bestScore[k] + 0.05 < threshold) continue;
                int n = bestName[k], e = nameEntry[n];
                boolean person = nameType[n] == EntryType.PERSON;
                NameComparison comparison = NameMatcher.compare(person ? asPerson : asOrganisation, names[n], person, true);
                Hit hit = hit(e, n, comparison, query);
                Hit previous = best.get(e);
                if (previous == null || hit.score() > previous.score()) best.put(e, hit);
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : best.values()) if (hit.score() >= threshold) hits.add(hit);
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::reference));
        return hits;
    }

    /**
     * Names worth comparing: those sharing keys with the query, ranked by the share of the query's weight whose keys
     * they share (a Korean or acronym key counts the whole query). A name whose share is below
     * {@value #MIN_SHARE} times the square of the threshold is left out: the token score is at most about the square
     * root of the share of the query matched, and the margin leaves room for query tokens that match with two typos
     * but share no key. Of the rest, the best {@value #CANDIDATES}. Person entries are looked up with the query read
     * as a person name, other entries with it read as an organisation name.
     */
    private int[] candidates(PreparedName asPerson, PreparedName asOrganisation, EntryType type, double threshold) {
        CandidateScratch s = scratch.get();
        s.reset();
        List<int[]> common = new ArrayList<>();
        List<float[]> commonWeights = new ArrayList<>();
        for (PreparedName view : new PreparedName[]{asPerson, asOrganisation}) {
            if (view == null) continue;
            boolean personView = view == asPerson;
            double total = 0;
            for (int i : view.active) total += view.weights[i];
            if (total == 0) continue;
            for (IndexKeys.Lookup lookup : IndexKeys.queryLookups(view, postings::count)) {
                int slot = postings.find(lookup.key());
                if (slot < 0) continue;
                float share = (float) (lookup.weight() / total);
                int length = postings.length(slot);
                if (length > COMMON_KEY) {
                    common.add(new int[]{slot});
                    commonWeights.add(new float[]{share, lookup.token(), personView ? 1 : 0});
                    continue;
                }
                for (int i = 0; i < length; i++) {
                    int n = postings.name(slot, i);
                    if (accepts(n, personView, type)) s.add(n, lookup.token(), share);
                }
            }
        }
        // names found only through common keys are looked at only when nothing else was found; otherwise the
        // common keys are not walked, and the share they might add lowers the bar instead
        boolean none = s.size() == 0;
        float skipped = 0;
        for (int k = 0; k < common.size(); k++) {
            float[] w = commonWeights.get(k);
            if (!none) {
                skipped += w[0];
                continue;
            }
            int slot = common.get(k)[0];
            for (int i = 0; i < postings.length(slot); i++) {
                int n = postings.name(slot, i);
                if (accepts(n, w[2] == 1, type)) s.add(n, (int) w[1], w[0]);
            }
        }
        return s.top(CANDIDATES, (float) (MIN_SHARE * threshold * threshold) - skipped);
    }

    private boolean accepts(int name, boolean personView, EntryType type) {
        EntryType entryType = nameType[name];
        return (entryType == EntryType.PERSON) == personView && (type == null || entryType == type);
    }

    private Hit imoHit(int e, String number) {
        ListEntry entry = entries.get(e);
        Explanation explanation = new Explanation(Explanation.Method.IMO,
                List.of(new TokenPair("IMO " + number, "IMO " + number, Rule.IMO, 1.0)), List.of(), List.of(),
                List.of(), "", 1.0, List.of(), 1.0);
        return new Hit(sources.get(e), entry.reference(), entry.type(), entry.name(), "IMO " + number, 1.0, explanation);
    }

    private Hit hit(int e, int n, NameComparison comparison, NameQuery query) {
        ListEntry entry = entries.get(e);
        Explanation explanation = comparison.explanation();
        double score = comparison.score();
        List<Adjustment> adjustments = ProfileAdjustments.of(query.birthDate(), query.nationality(), entry);
        if (!adjustments.isEmpty()) {
            for (Adjustment a : adjustments) score += a.delta();
            score = Math.max(0.0, Math.min(1.0, score));
            explanation = explanation.withAdjustments(adjustments, score);
        }
        return new Hit(sources.get(e), entry.reference(), entry.type(), entry.name(), nameText[n], score, explanation);
    }
}
