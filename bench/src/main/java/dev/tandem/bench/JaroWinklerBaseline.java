package dev.tandem.bench;

import dev.tandem.screening.core.list.Alias;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.match.JaroWinkler;
import dev.tandem.screening.core.name.NameAnalyzer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The plain baseline: Jaro–Winkler similarity of the whole normalised name (the same {@link NameAnalyzer} as the
 * matcher: case, diacritics, apostrophes, punctuation, "FAMILY, Given" order) against every name and alias of every
 * entry of the requested type, by brute force. No tokens, no weights, no Korean rules, no index.
 */
final class JaroWinklerBaseline {

    /** The fixed threshold of the baseline, a common default of JW-based screening tools. */
    static final double THRESHOLD = 0.90;

    private final List<ListEntry> entries = new ArrayList<>();
    private final List<String[]> names = new ArrayList<>();

    JaroWinklerBaseline(Collection<ListVersion> versions) {
        for (ListVersion version : versions) {
            for (ListEntry entry : version.entries()) {
                List<String> normalised = new ArrayList<>();
                normalised.add(normalise(entry.name()));
                for (Alias alias : entry.aliases()) normalised.add(normalise(alias.name()));
                entries.add(entry);
                names.add(normalised.toArray(String[]::new));
            }
        }
    }

    static String normalise(String name) {
        return NameAnalyzer.standard().analyse(name).normalised();
    }

    /** Best similarity of the query to the entry with this reference; 0 if there is none. */
    double score(String query, EntryType type, String reference) {
        String q = normalise(query);
        double best = 0;
        for (int e = 0; e < entries.size(); e++) {
            if (!entries.get(e).reference().equals(reference) || type != null && entries.get(e).type() != type) continue;
            for (String name : names.get(e)) best = Math.max(best, JaroWinkler.similarity(q, name));
        }
        return best;
    }

    /** Best similarity of the query to any name of an entry of the type (null: any type). */
    double maxScore(String query, EntryType type) {
        String q = normalise(query);
        double best = 0;
        for (int e = 0; e < entries.size(); e++) {
            if (type != null && entries.get(e).type() != type) continue;
            for (String name : names.get(e)) {
                if (name.length() * 2 < q.length() || q.length() * 2 < name.length()) continue;
                best = Math.max(best, JaroWinkler.similarity(q, name));
            }
        }
        return best;
    }
}
