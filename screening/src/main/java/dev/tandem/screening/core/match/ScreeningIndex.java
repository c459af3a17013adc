package dev.tandem.screening.core.match;

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

/**
 * An immutable, thread-safe index of the names of one or more list versions, and the screening of names against it.
 * Every entry's primary name and aliases are prepared once ({@link NamePreparer}) and filed under retrieval keys
 * ({@link IndexKeys}); a query looks up its own keys ({@link CandidateFinder}), and only the few dozen names that share
 * enough of them are compared in full ({@link NameMatcher}), first for a score, then, for the hits, with an
 * explanation. The cost of a query therefore depends on how many names share its keys, not on the size of the lists.
 * <p>
 * A new list version means a new index: build it and swap the reference.
 */
public final class ScreeningIndex {


    private final List<ListSource> sources;
    private final List<ListEntry> entries;
    private final int[] nameEntry;
    private final EntryType[] nameType;
    private final String[] nameText;
    private final boolean[] nameWeak;
    private final PreparedName[] names;
    private final KeyIndex postings;
    private final Map<String, int[]> imoEntries;
    private final NamePreparer preparer;
    private final CandidateFinder finder;

    private ScreeningIndex(List<ListSource> sources, List<ListEntry> entries, int[] nameEntry, String[] nameText,
                           boolean[] nameWeak, PreparedName[] names, KeyIndex postings, Map<String, int[]> imoEntries,
                           NamePreparer preparer) {
        this.sources = sources;
        this.entries = entries;
        this.nameEntry = nameEntry;
        this.nameType = new EntryType[nameEntry.length];
        for (int n = 0; n < nameEntry.length; n++) nameType[n] = entries.get(nameEntry[n]).type();
        this.nameText = nameText;
        this.nameWeak = nameWeak;
        this.names = names;
        this.postings = postings;
        this.imoEntries = imoEntries;
        this.preparer = preparer;
        boolean[] korean = new boolean[names.length];
        for (int n = 0; n < names.length; n++) korean[n] = !names[n].readings.isEmpty();
        this.finder = new CandidateFinder(postings, nameType, korean);
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
        List<Boolean> weak = new ArrayList<>();
        List<AnalysedName> analysed = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Set<Integer>> imo = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            ListEntry entry = entries.get(e);
            Set<String> seen = new HashSet<>();
            Set<String> entryTokens = new HashSet<>();
            for (NameVariants.Variant variant : NameVariants.of(entry)) {
                for (AnalysedName name : analyzer.analyseWithReadings(variant.text())) {
                    if (name.isEmpty() || !seen.add(name.normalised())) continue;
                    owner.add(e);
                    texts.add(variant.text());
                    weak.add(variant.weak());
                    analysed.add(name);
                    entryTokens.addAll(name.tokens());
                }
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
        preparer.freeze();
        Map<String, int[]> imoEntries = new HashMap<>();
        imo.forEach((number, ids) -> imoEntries.put(number, ids.stream().mapToInt(Integer::intValue).toArray()));
        boolean[] weakNames = new boolean[weak.size()];
        for (int n = 0; n < weakNames.length; n++) weakNames[n] = weak.get(n);
        return new ScreeningIndex(List.copyOf(sources), List.copyOf(entries),
                owner.stream().mapToInt(Integer::intValue).toArray(), texts.toArray(String[]::new), weakNames, prepared,
                postings, imoEntries, preparer);
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
        // a name written in Hanja is screened as written (pinyin) and in each of its Korean readings; best hit per entry
        for (AnalysedName analysed : preparer.analyseWithReadings(imo.rest())) {
            if (!analysed.isEmpty()) screenName(analysed, query, threshold, best);
        }
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : best.values()) if (hit.score() >= threshold) hits.add(hit);
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::reference));
        return hits;
    }

    /** Screens one reading of the query's name, keeping in {@code best} the best hit of each entry. */
    private void screenName(AnalysedName analysed, NameQuery query, double threshold, Map<Integer, Hit> best) {
        EntryType type = query.type();
        PreparedName asPerson = type == null || type == EntryType.PERSON ? preparer.prepare(analysed, false) : null;
        PreparedName asOrganisation = type != EntryType.PERSON ? preparer.prepare(analysed, true) : null;
        // rank candidates by score alone, then explain the ones that are hits
        int[] candidates = finder.find(asPerson, asOrganisation, type, threshold);
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
            if (bestScore[k] + ProfileAdjustments.MAX_RAISE < threshold) continue;
            int n = bestName[k], e = nameEntry[n];
            boolean person = nameType[n] == EntryType.PERSON;
            NameComparison comparison = NameMatcher.compare(person ? asPerson : asOrganisation, names[n], person, true);
            Hit hit = hit(e, n, comparison, query, person ? asPerson : asOrganisation);
            Hit previous = best.get(e);
            if (previous == null || hit.score() > previous.score()) best.put(e, hit);
        }
    }

    private Hit imoHit(int e, String number) {
        ListEntry entry = entries.get(e);
        Explanation explanation = new Explanation(Explanation.Method.IMO,
                List.of(new TokenPair("IMO " + number, "IMO " + number, Rule.IMO, 1.0)), List.of(), List.of(),
                List.of(), "", 1.0, List.of(), 1.0);
        return new Hit(sources.get(e), entry.reference(), entry.type(), entry.name(), "IMO " + number, 1.0, explanation);
    }

    private Hit hit(int e, int n, NameComparison comparison, NameQuery query, PreparedName queryName) {
        ListEntry entry = entries.get(e);
        Explanation explanation = comparison.explanation();
        double score = comparison.score();
        List<Adjustment> adjustments = ProfileAdjustments.of(query.birthDate(), query.nationality(), entry);
        if (!adjustments.isEmpty()) {
            for (Adjustment a : adjustments) score += a.delta();
            score = Math.max(0.0, Math.min(1.0, score));
            explanation = explanation.withAdjustments(adjustments, score);
        }
        if (nameWeak[n]) explanation = explanation.withNote("matched a weak alias");
        // what could not be seen in the names (invisible characters, look-alikes, a Hanja reading) is said, not hidden
        if (!queryName.remarks.isEmpty()) explanation = explanation.withNote("query: " + String.join(", ", queryName.remarks));
        if (!names[n].remarks.isEmpty()) explanation = explanation.withNote("listed name: " + String.join(", ", names[n].remarks));
        return new Hit(sources.get(e), entry.reference(), entry.type(), entry.name(), nameText[n], score, explanation);
    }
}
