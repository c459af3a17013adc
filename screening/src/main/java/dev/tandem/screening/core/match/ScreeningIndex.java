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
 * {@value #COMMON_KEY} names (a very common token) only strengthen candidates found otherwise.
 * <p>
 * A new list version means a new index: build it and swap the reference.
 */
public final class ScreeningIndex {

    static final int CANDIDATES = 64;
    static final int COMMON_KEY = 1000;
    private static final Pattern SLASH = Pattern.compile("(?<=\\p{L}{2})/(?=\\p{L}{2})");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]*)\\)\\s*");

    private final List<ListSource> sources;
    private final List<ListEntry> entries;
    private final int[] nameEntry;
    private final String[] nameText;
    private final PreparedName[] names;
    private final Map<String, int[]> postings;
    private final Map<String, int[]> imoEntries;
    private final NamePreparer preparer;
    private final ThreadLocal<CandidateScratch> scratch;

    private ScreeningIndex(List<ListSource> sources, List<ListEntry> entries, int[] nameEntry, String[] nameText,
                           PreparedName[] names, Map<String, int[]> postings, Map<String, int[]> imoEntries,
                           NamePreparer preparer) {
        this.sources = sources;
        this.entries = entries;
        this.nameEntry = nameEntry;
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
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int n = 0; n < prepared.length; n++) {
            boolean organisation = entries.get(owner.get(n)).type() != EntryType.PERSON;
            prepared[n] = preparer.prepare(analysed.get(n), organisation);
            for (String key : IndexKeys.entryKeys(prepared[n])) lists.computeIfAbsent(key, k -> new ArrayList<>(2)).add(n);
        }
        Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
        lists.forEach((key, ids) -> postings.put(key, ids.stream().mapToInt(Integer::intValue).toArray()));
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
            for (int e : imoEntries.getOrDefault(number, new int[0])) {
                best.put(e, imoHit(e, number));
            }
        }
        AnalysedName analysed = preparer.analyse(imo.rest());
        if (!analysed.isEmpty()) {
            PreparedName asPerson = null, asOrganisation = null;
            for (int n : candidates(analysed, query.type())) {
                int e = nameEntry[n];
                boolean person = entries.get(e).type() == EntryType.PERSON;
                PreparedName q;
                if (person) q = asPerson != null ? asPerson : (asPerson = preparer.prepare(analysed, false));
                else q = asOrganisation != null ? asOrganisation : (asOrganisation = preparer.prepare(analysed, true));
                NameComparison comparison = NameMatcher.compare(q, names[n], person);
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

    private int[] candidates(AnalysedName analysed, EntryType type) {
        CandidateScratch s = scratch.get();
        s.reset();
        boolean typed = type != null;
        List<IndexKeys.Lookup> lookups = new ArrayList<>();
        if (type == null || type == EntryType.PERSON) lookups.addAll(IndexKeys.queryLookups(preparer.prepare(analysed, false)));
        if (type == null || type != EntryType.PERSON) lookups.addAll(IndexKeys.queryLookups(preparer.prepare(analysed, true)));
        List<int[]> common = new ArrayList<>();
        List<IndexKeys.Lookup> commonLookups = new ArrayList<>();
        for (IndexKeys.Lookup lookup : lookups) {
            int[] ids = postings.get(lookup.key());
            if (ids == null) continue;
            if (ids.length > COMMON_KEY) {
                common.add(ids);
                commonLookups.add(lookup);
                continue;
            }
            for (int n : ids) if (!typed || entries.get(nameEntry[n]).type() == type) s.add(n, lookup.token(), 1.0f);
        }
        boolean none = s.size() == 0;
        for (int k = 0; k < common.size(); k++) {
            for (int n : common.get(k)) {
                if (!typed || entries.get(nameEntry[n]).type() == type) {
                    if (none) s.add(n, commonLookups.get(k).token(), 0.5f);
                    else s.strengthen(n, commonLookups.get(k).token(), 0.5f);
                }
            }
        }
        return s.top(CANDIDATES);
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
